import type { EmailCategory } from "@/lib/generated/prisma/client";
import type { PermissionKey } from "@/lib/permissions/catalog";

export const EMAIL_CATEGORIES = ["GENERAL", "SERVICES", "DOMAINS", "BILLING", "SUPPORT"] as const satisfies readonly EmailCategory[];

/** A member receives a category only while holding the permission to see what it is about. */
export const CATEGORY_PERMISSION: Record<EmailCategory, PermissionKey> = {
  GENERAL: "account.view",
  SERVICES: "services.view",
  DOMAINS: "domains.view",
  BILLING: "invoices.view",
  SUPPORT: "support.view",
};

export function isEmailCategory(value: string): value is EmailCategory {
  return (EMAIL_CATEGORIES as readonly string[]).includes(value);
}
