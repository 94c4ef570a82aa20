import { PERMISSION_KEYS, type PermissionKey } from "./catalog";

const area = (prefix: string) => PERMISSION_KEYS.filter((key) => key.startsWith(`${prefix}.`));

/**
 * The built-in profiles, the same in every account and not editable. The other hosting
 * panels' presets map onto them: "Full access" = Super administrator, "Service management"
 * = Technician, "Accounting access" = Billing.
 */
export const BUILT_IN_PROFILES = {
  SUPER_ADMINISTRATOR: [...PERMISSION_KEYS],
  ADMINISTRATOR: PERMISSION_KEYS.filter((key) => key !== "users.manage"),
  TECHNICIAN: ["account.view", ...area("services"), ...area("domains"), ...area("support")],
  JUNIOR_TECHNICIAN: ["account.view", "services.view", "services.manage", "domains.view", ...area("support")],
  BILLING: ["account.view", ...area("invoices"), "billing.manage", ...area("support"), "emails.view"],
} as const satisfies Record<string, readonly PermissionKey[]>;

export type BuiltInProfile = keyof typeof BUILT_IN_PROFILES;
export const BUILT_IN_PROFILE_NAMES = Object.keys(BUILT_IN_PROFILES) as BuiltInProfile[];
