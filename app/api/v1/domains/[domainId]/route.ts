import { apiOperation } from "@/lib/api/api-route";
import { getDomain, updateDomain } from "@/lib/api/operations/domains";
import { getDomainAsProvider, updateDomainAsProvider } from "@/lib/domains/provider-domains";

export const GET = apiOperation(getDomain, ({ params }) => getDomainAsProvider(params.domainId));
export const PATCH = apiOperation(updateDomain, ({ params, body }) => updateDomainAsProvider(params.domainId, body));
