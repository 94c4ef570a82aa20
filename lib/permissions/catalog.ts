/**
 * The permission catalog as data (../shared/spec/client-area.md, "Permissions"). A key
 * that needs another implies it. Keys not in this list do not exist: checks deny them.
 */
export const PERMISSIONS = {
  "account.view": [],
  "account.edit": [],
  "users.view": [],
  "users.manage": ["users.view"],
  "contacts.view": [],
  "contacts.manage": ["contacts.view"],
  "services.view": [],
  "services.manage": ["services.view"],
  "services.cpanel": ["services.view"],
  "services.webmail": ["services.view"],
  "services.order": ["services.view"],
  "domains.view": [],
  "domains.manage": ["domains.view"],
  // Buying is its own key, as for services: it spends the account's money.
  "domains.order": ["domains.view"],
  "invoices.view": [],
  "invoices.pay": ["invoices.view"],
  "billing.manage": ["invoices.view"],
  "support.view": [],
  "support.open": ["support.view"],
  "audit.view": [],
  "emails.view": [],
} as const satisfies Record<string, readonly string[]>;

export type PermissionKey = keyof typeof PERMISSIONS;

/** What only the owner may do; never part of a profile or a custom set. */
export const OWNER_ONLY_ACTIONS = ["ownership.transfer", "account.close"] as const;
export type OwnerOnlyAction = (typeof OWNER_ONLY_ACTIONS)[number];

export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as PermissionKey[];

export function isPermissionKey(value: string): value is PermissionKey {
  return Object.hasOwn(PERMISSIONS, value);
}

/** The keys with everything they imply, plus account.view, which every member has. */
export function withImplied(keys: Iterable<PermissionKey>): Set<PermissionKey> {
  const result = new Set<PermissionKey>();
  const pending: PermissionKey[] = ["account.view", ...keys];
  while (pending.length) {
    const key = pending.pop()!;
    if (result.has(key)) continue;
    result.add(key);
    pending.push(...(PERMISSIONS[key] as readonly PermissionKey[]));
  }
  return result;
}
