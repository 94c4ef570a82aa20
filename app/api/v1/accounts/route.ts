import { listAccountsForProvider } from "@/lib/accounts/provider-accounts";
import { apiOperation } from "@/lib/api/api-route";
import { listAccounts } from "@/lib/api/operations/accounts";

export const GET = apiOperation(listAccounts, async ({ query }) => listAccountsForProvider(query));
