import { z } from "zod";
import type { ServiceKind } from "../generated/prisma/enums";
import type { PanelSettings } from "../provisioning/types";

// Error messages are keys under `validation` in the message files.

/** The PHP versions the hosting servers run. */
export const PHP_VERSIONS = ["8.1", "8.2", "8.3", "8.4"] as const;

/** Smallest mailbox a member may set: below this a mailbox cannot hold a day of mail. */
export const MIN_MAILBOX_QUOTA_MB = 100;

/** A fully qualified host name (RFC 1123 labels, at least two, 253 characters at most). */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The settings form's fields, each checked for its format. Which one a service takes
 * depends on its kind, known only once the service is loaded: settingsForKind decides that.
 */
export const ZSettingsFields = {
  phpVersion: z.enum(PHP_VERSIONS, { error: "phpVersionInvalid" }).optional(),
  hostname: z
    .string()
    .trim()
    .toLowerCase()
    .regex(HOST_NAME, { error: "hostnameInvalid" })
    .optional(),
  mailboxQuotaMb: z.coerce.number({ error: "mailboxQuotaInvalid" }).int({ error: "mailboxQuotaInvalid" }).min(MIN_MAILBOX_QUOTA_MB, { error: "mailboxQuotaInvalid" }).max(10_000_000, { error: "mailboxQuotaInvalid" }).optional(),
};
export const ZSettingsInput = z.object(ZSettingsFields);
export type TSettingsInput = z.output<typeof ZSettingsInput>;

export type SettingsDecision = { ok: true; settings: PanelSettings } | { ok: false; code: "settingRequired" | "mailboxQuotaOverPlan"; values?: Record<string, number> };

/**
 * The one setting a service of this kind takes: PHP version for hosting, host name for a
 * VPS, mailbox quota for email, which may not exceed the plan's storage. Fields meant for
 * another kind are ignored, so a forged form cannot set a VPS's PHP version.
 */
export function settingsForKind(kind: ServiceKind, input: TSettingsInput, plan: { diskLimitMb: number | null }): SettingsDecision {
  switch (kind) {
    case "WEB_HOSTING":
      return input.phpVersion ? { ok: true, settings: { phpVersion: input.phpVersion } } : { ok: false, code: "settingRequired" };
    case "VPS":
      return input.hostname ? { ok: true, settings: { hostname: input.hostname } } : { ok: false, code: "settingRequired" };
    case "EMAIL": {
      if (input.mailboxQuotaMb === undefined) return { ok: false, code: "settingRequired" };
      const max = plan.diskLimitMb ?? 0;
      if (input.mailboxQuotaMb > max) return { ok: false, code: "mailboxQuotaOverPlan", values: { max } };
      return { ok: true, settings: { mailboxQuotaMb: input.mailboxQuotaMb } };
    }
  }
}
