import "server-only";
import { cache } from "react";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { seekerOf, takeSeat, type Admission } from "./seats";

/** One admission per request: the account layout and the page ask the same question. */
const admitOnce = cache((access: AccountAccess) => takeSeat(seekerOf(access)));

/**
 * Whether this member's session holds a seat in the account (always, for the owner or an
 * account without a limit). Asked by the layout, which shows who holds the seats, and by
 * every page before it loads its data (requireAccountPage): layout and page render in
 * parallel, and the page's output travels in the response whether the layout shows it or not.
 */
export function seatAdmission(access: AccountAccess): Promise<Admission> {
  return admitOnce(access);
}
