import type { PermissionKey } from "@/lib/permissions/catalog";
import type { PanelApp } from "@/lib/provisioning/types";

/**
 * The sign-on links of a service page, by the last segment of their URL
 * (/accounts/[accountId]/services/[serviceId]/sign-on/[app]), with what a member must hold.
 */
export const SIGN_ON_APPS = {
  "control-panel": { app: "CONTROL_PANEL", requirement: "services.cpanel" },
  webmail: { app: "WEBMAIL", requirement: "services.webmail" },
} as const satisfies Record<string, { app: PanelApp; requirement: PermissionKey }>;

export type SignOnSegment = keyof typeof SIGN_ON_APPS;

export function signOnPath(accountId: string, serviceId: string, segment: SignOnSegment): string {
  return `/accounts/${accountId}/services/${serviceId}/sign-on/${segment}`;
}
