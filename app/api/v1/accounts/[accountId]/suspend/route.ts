import { accountAfterWrite } from "@/lib/accounts/provider-account-answer";
import { suspendAccount as suspend } from "@/lib/accounts/provider-account-state";
import { apiOperation } from "@/lib/api/api-route";
import { suspendAccount } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const POST = apiOperation(suspendAccount, async ({ params }) => {
  const account = await accountAfterWrite(params.accountId, await suspend(params.accountId));
  if (!account) throw new ApiNotFound();
  return account;
});
