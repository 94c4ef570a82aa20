import { accountForProvider } from "@/lib/accounts/provider-accounts";
import { apiOperation } from "@/lib/api/api-route";
import { getAccount } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const GET = apiOperation(getAccount, async ({ params }) => {
  const account = await accountForProvider(params.accountId);
  if (!account) throw new ApiNotFound();
  return account;
});
