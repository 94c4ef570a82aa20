import { apiOperation } from "@/lib/api/api-route";
import { createDomain } from "@/lib/api/operations/domains";
import { createDomainAsProvider } from "@/lib/domains/provider-domains";

export const POST = apiOperation(createDomain, ({ params, body }) => createDomainAsProvider(params.accountId, body));
