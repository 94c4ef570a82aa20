import { getTranslations } from "next-intl/server";
import type { ProfileRef } from "@/lib/permissions/profile-ref";

/** "Owner", "Billing", a named profile's name, or "Custom permissions". */
export async function profileLabel(profile: ProfileRef): Promise<string> {
  const t = await getTranslations("profiles");
  if (profile.type === "owner") return t("owner");
  if (profile.type === "built-in") return t(profile.id);
  if (profile.type === "named") return profile.name;
  return t("custom");
}
