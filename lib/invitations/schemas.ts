import { z } from "zod";
import { ZNewPassword, ZPersonName, ZTimeZone } from "@/lib/users/schemas";

export const ZInvitationToken = z.object({ token: z.string().min(1).max(200) });
export const ZSignUpFromInvitation = z.object({ token: z.string().min(1).max(200), name: ZPersonName, password: ZNewPassword, timeZone: ZTimeZone });
/** An invitation waiting for the signed-in user, joined from their accounts page (no link needed: see acceptPendingInvitation). */
export const ZPendingInvitation = z.object({ invitationId: z.uuid({ error: "invitationInvalid" }) });
