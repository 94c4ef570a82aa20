import { z } from "zod";

export const ZStartTransfer = z.object({ membershipId: z.uuid({ error: "memberRequired" }), password: z.string().min(1, { error: "passwordRequired" }).max(1024) });
/** Closing asks for the password and the account's name typed out (compared in lib/accounts/close-account.ts). */
export const ZCloseAccount = z.object({
  confirmName: z.string().trim().min(1, { error: "confirmNameRequired" }).max(300),
  password: z.string().min(1, { error: "passwordRequired" }).max(1024),
});
