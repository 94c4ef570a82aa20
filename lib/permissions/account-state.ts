import "server-only";
import { UserError } from "@/lib/errors/user-error";
import type { AccountAccess } from "./account-access";

/**
 * What a suspended account means for its members, the way WHMCS and Blesta customers know it:
 * they still sign in, see the account (with a banner saying it is suspended and to contact the
 * provider), view and pay invoices (adding a card to pay with included) and use support; every
 * other change is refused. Account actions declare `whileSuspended: "allowed"` to be one of
 * those few; the action wrapper (lib/actions/create-account-action.ts) calls this for every
 * other one, so a new action is refused during a suspension unless it says otherwise.
 */
export function assertAccountNotSuspended(access: AccountAccess): void {
  if (access.account.suspended) throw new UserError("accountSuspended");
}
