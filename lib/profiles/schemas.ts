import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { ZPermissionList } from "@/lib/permissions/grants";

const ZProfileName = singleLineText().trim().min(1, { error: "profileNameRequired" }).max(60, { error: "tooLong" });

export const ZCreateProfile = z.object({ name: ZProfileName, permissions: ZPermissionList });
export const ZUpdateProfile = z.object({ profileId: z.uuid({ error: "invalid" }), name: ZProfileName, permissions: ZPermissionList });
export const ZProfileId = z.object({ profileId: z.uuid({ error: "invalid" }) });
