import { accountAfterWrite } from "@/lib/accounts/provider-account-answer";
import { closeAccountAsProvider } from "@/lib/accounts/close-account";
import { apiOperation } from "@/lib/api/api-route";
import { closeAccount } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const POST = apiOperation(closeAccount, async ({ params }) => {
  const account = await accountAfterWrite(params.accountId, await closeAccountAsProvider(params.accountId));
  if (!account) throw new ApiNotFound();
  return account;
});
