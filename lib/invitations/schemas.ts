import { z } from "zod";
import { ZNewPassword, ZPersonName, ZTimeZone } from "@/lib/users/schemas";

export const ZInvitationToken = z.object({ token: z.string().min(1).max(200) });
export const ZSignUpFromInvitation = z.object({ token: z.string().min(1).max(200), name: ZPersonName, password: ZNewPassword, timeZone: ZTimeZone });
