import { z } from "zod";
import { ZPermissionList } from "@/lib/permissions/grants";

const ZProfileName = z.string().trim().min(1, { error: "profileNameRequired" }).max(60, { error: "tooLong" });

export const ZCreateProfile = z.object({ name: ZProfileName, permissions: ZPermissionList });
export const ZUpdateProfile = z.object({ profileId: z.uuid({ error: "invalid" }), name: ZProfileName, permissions: ZPermissionList });
export const ZProfileId = z.object({ profileId: z.uuid({ error: "invalid" }) });
