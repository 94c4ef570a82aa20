import { accountAfterWrite } from "@/lib/accounts/provider-account-answer";
import { setSeatLimitAsProvider } from "@/lib/accounts/provider-account-state";
import { apiOperation } from "@/lib/api/api-route";
import { setSeatLimit } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const PUT = apiOperation(setSeatLimit, async ({ params, body }) => {
  const account = await accountAfterWrite(params.accountId, await setSeatLimitAsProvider(params.accountId, body.seatLimit));
  if (!account) throw new ApiNotFound();
  return account;
});
