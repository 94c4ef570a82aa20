import "server-only";
import { z } from "zod";
import { authorizeAccount, type AccountAccess, type Requirement } from "@/lib/permissions/account-access";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ClientInfo } from "@/lib/http/client-info";
import { UserError } from "@/lib/errors/user-error";
import { seekerOf, takeSeat } from "@/lib/seats/seats";
import { assertAccountNotSuspended } from "@/lib/permissions/account-state";
import { createAction } from "./create-action";

type AccountContext = { user: CurrentUser; client: ClientInfo; access: AccountAccess };

type AccountActionDefinition<TShape extends z.ZodRawShape, TData> = {
  /** What the member must hold: checked from the database on every call. */
  requirement: Requirement;
  /**
   * Whether the caller must hold a seat when the account has a seat limit (lib/seats).
   * Only freeing a seat does not: a manager facing a full account must be able to free one.
   */
  needsSeat?: boolean;
  /**
   * Whether the action still works while the provider has suspended the account: paying,
   * support, leaving and freeing a seat do; everything else is refused (lib/permissions/account-state.ts).
   */
  whileSuspended?: "allowed";
  /** The form's fields besides accountId, which every account action carries. */
  schema: z.ZodObject<TShape>;
  handler: (input: z.output<z.ZodObject<TShape>> & { accountId: string }, context: AccountContext) => Promise<TData>;
};

/**
 * An action inside a client account: the user road of createAction, then the membership
 * and the requirement loaded from the database for the account named in the form. The
 * requirement is attached to the action, so the permission matrix test can find every
 * account action and check that it has one.
 */
export function createAccountAction<TShape extends z.ZodRawShape, TData>(definition: AccountActionDefinition<TShape, TData>) {
  const action = createAction({
    auth: "user",
    schema: definition.schema.extend({ accountId: z.string().max(64) }),
    handler: async (input, { user, client }) => {
      const typed = input as z.output<z.ZodObject<TShape>> & { accountId: string };
      const access = await authorizeAccount(user, typed.accountId, definition.requirement);
      if (definition.whileSuspended !== "allowed") assertAccountNotSuspended(access);
      if (definition.needsSeat !== false) {
        const admission = await takeSeat(seekerOf(access));
        if (!admission.admitted) throw new UserError("seatsFull");
      }
      return definition.handler(typed, { user, client, access });
    },
  });
  return Object.assign(action, { requirement: definition.requirement });
}
