import { z } from "zod";

export const ZStartTransfer = z.object({ membershipId: z.uuid({ error: "memberRequired" }), password: z.string().min(1, { error: "passwordRequired" }).max(1024) });
export const ZCloseAccount = z.object({ password: z.string().min(1, { error: "passwordRequired" }).max(1024) });
