import { accountAfterWrite } from "@/lib/accounts/provider-account-answer";
import { accountForProvider } from "@/lib/accounts/provider-accounts";
import { updateAccountDetailsAsProvider } from "@/lib/accounts/update-account";
import { apiOperation } from "@/lib/api/api-route";
import { accountDetailsFromApi } from "@/lib/api/operations/account-bodies";
import { getAccount, updateAccount } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const GET = apiOperation(getAccount, async ({ params }) => {
  const account = await accountForProvider(params.accountId);
  if (!account) throw new ApiNotFound();
  return account;
});

export const PATCH = apiOperation(updateAccount, async ({ params, body }) => {
  const account = await accountAfterWrite(params.accountId, await updateAccountDetailsAsProvider(params.accountId, accountDetailsFromApi(body)));
  if (!account) throw new ApiNotFound();
  return account;
});
