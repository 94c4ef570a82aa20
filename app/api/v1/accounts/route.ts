import { apiRoute, json } from "@/lib/api/api-route";
import { listAccountsForProvider } from "@/lib/accounts/provider-accounts";

/** GET /api/v1/accounts?status=&q=&cursor=&limit= (accounts:read). */
export const GET = apiRoute("accounts:read", async ({ request }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return json(await listAccountsForProvider(query));
});
