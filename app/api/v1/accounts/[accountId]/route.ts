import { apiRoute, json } from "@/lib/api/api-route";
import { ApiNotFound } from "@/lib/api/problem";
import { accountForProvider } from "@/lib/accounts/provider-accounts";

/** GET /api/v1/accounts/{accountId} (accounts:read): the account with its members and their access. */
export const GET = apiRoute<{ accountId: string }>("accounts:read", async ({ params }) => {
  const account = await accountForProvider(params.accountId);
  if (!account) throw new ApiNotFound();
  return json(account);
});
