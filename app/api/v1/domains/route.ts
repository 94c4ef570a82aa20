import { apiOperation } from "@/lib/api/api-route";
import { listDomains } from "@/lib/api/operations/domains";
import { listDomainsAsProvider } from "@/lib/domains/provider-domains";

export const GET = apiOperation(listDomains, ({ query }) => listDomainsAsProvider(query));
