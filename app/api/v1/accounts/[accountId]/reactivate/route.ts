import { accountAfterWrite } from "@/lib/accounts/provider-account-answer";
import { reactivateAccount as reactivate } from "@/lib/accounts/provider-account-state";
import { apiOperation } from "@/lib/api/api-route";
import { reactivateAccount } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const POST = apiOperation(reactivateAccount, async ({ params }) => {
  const account = await accountAfterWrite(params.accountId, await reactivate(params.accountId));
  if (!account) throw new ApiNotFound();
  return account;
});
