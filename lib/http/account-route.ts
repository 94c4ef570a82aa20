import "server-only";
import { getAccountAccess, meets, type AccountAccess, type Requirement } from "@/lib/permissions/account-access";
import { seatAdmission } from "@/lib/seats/admission";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The one refusal of account routes: the same for a stranger, a missing permission and another account's id. */
export function routeNotFound(): Response {
  return new Response("Not found", { status: 404, headers: PRIVATE });
}

/**
 * For route handlers inside an account (downloads, sign-on links): what pages get from
 * requireAccountPage, as a Response instead of Next's notFound(). Checked from the database
 * on every request: signed in, a member with the requirement, and holding a seat when the
 * account has a seat limit (lib/seats), so a download or a sign-on counts like a page.
 */
export async function admitToAccountRoute(accountId: string, requirement: Requirement): Promise<{ access: AccountAccess; refusal?: never } | { refusal: Response; access?: never }> {
  const access = await getAccountAccess(accountId);
  if (!access || !meets(access, requirement)) return { refusal: routeNotFound() };
  const admission = await seatAdmission(access);
  if (!admission.admitted) return { refusal: new Response("All seats of this account are in use.", { status: 409, headers: PRIVATE }) };
  return { access };
}
