import { z } from "zod";
import { ZEmail } from "@/lib/users/schemas";
import { ZGrantFields } from "@/lib/permissions/grants";

export const ZInviteMember = z.object({ email: ZEmail, ...ZGrantFields });
export const ZChangeMember = z.object({ membershipId: z.uuid({ error: "invalid" }), ...ZGrantFields });
export const ZMembershipId = z.object({ membershipId: z.uuid({ error: "invalid" }) });
export const ZInvitationId = z.object({ invitationId: z.uuid({ error: "invalid" }) });
