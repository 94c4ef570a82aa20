import { getCurrentUser } from "@/lib/auth/current-user";
import { loadAccountAccess } from "@/lib/permissions/account-access";
import { seekerOf, takeSeat } from "@/lib/seats/seats";

/**
 * The heartbeat of an open account page: 204 while the member holds (or just took) a seat,
 * 409 when the seats are full, 404 when the caller is not a member (or not signed in).
 */
export async function POST(_request: Request, { params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const user = await getCurrentUser();
  const access = user && /^[0-9a-f-]{36}$/i.test(accountId) ? await loadAccountAccess(user, accountId) : null;
  if (!user || !access) return new Response(null, { status: 404 });
  const admission = await takeSeat(seekerOf(access));
  return new Response(null, { status: admission.admitted ? 204 : 409 });
}
