/** What the provider's API is about: each resource is read or written under its own scope. */
export const API_RESOURCES = ["accounts", "services", "domains", "invoices", "tickets", "webhooks", "catalog"] as const;
export type ApiResource = (typeof API_RESOURCES)[number];
export type ApiScope = `${ApiResource}:${"read" | "write"}`;

export const API_SCOPES: readonly ApiScope[] = API_RESOURCES.flatMap((resource) => [`${resource}:read`, `${resource}:write`] as const);

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** Whether a key's scopes allow `needed`: writing a resource includes reading it. Unknown scopes grant nothing. */
export function scopesAllow(granted: readonly string[], needed: ApiScope): boolean {
  if (granted.includes(needed)) return true;
  const [resource, access] = needed.split(":");
  return access === "read" && granted.includes(`${resource}:write`);
}
