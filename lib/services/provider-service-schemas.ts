import { z } from "zod";
import { ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { isValidHostName } from "@/lib/domains/nameservers";
import { isMultiLinePlainText, isSingleLinePlainText } from "@/lib/validation/plain-text";

/**
 * What the provider's API takes to create, change and list services. The texts are English:
 * they answer the provider's developers, not the customers.
 */

export const SERVICE_KINDS = ["WEB_HOSTING", "VPS", "EMAIL"] as const;
export const SERVICE_STATUSES = ["PENDING", "ACTIVE", "SUSPENDED", "CANCELLED"] as const;
export const BILLING_CYCLES = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL", "BIENNIAL"] as const;

/** One line of text for the API: trimmed, no control characters or bidi overrides (they spoof names on the customer's pages). */
export function apiLine(field: string, max: number) {
  return z
    .string({ error: `${field} is text.` })
    .trim()
    .min(1, { error: `${field} is required.` })
    .max(max, { error: `${field} has at most ${max} characters.` })
    .refine(isSingleLinePlainText, { error: `${field} has characters that are not allowed (control characters, line breaks, bidi overrides).` });
}

/** A message of several lines the customer reads (a request's answer). */
export function apiMessage(field: string, max: number) {
  return z
    .string({ error: `${field} is text.` })
    .trim()
    .min(1, { error: `${field} is required.` })
    .max(max, { error: `${field} has at most ${max} characters.` })
    .refine(isMultiLinePlainText, { error: `${field} has control characters, which are not allowed.` });
}

/** A host name as the services list shows it (lower case, at least two labels). */
export const ZHostName = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/\.$/, ""))
  .refine(isValidHostName, { error: "Not a valid host name (like www.example.com)." });

/** A day or a moment (ISO 8601); a day is midnight UTC. */
export const ZDateInput = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "A date (2027-01-15) or an ISO 8601 date-time." })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

const limit = (what: string) =>
  z
    .number({ error: `${what} is a whole number.` })
    .int({ error: `${what} is a whole number.` })
    .min(0, { error: `${what} is at least 0.` })
    .max(1_000_000_000, { error: `${what} is too large.` })
    .nullable()
    .optional()
    .meta({ description: `${what}; null where the plan has no such limit.` });

/** The plan's limits, named as the Service has them. */
export const SERVICE_LIMITS = {
  diskLimitMb: limit("Disk space in MB"),
  bandwidthLimitMb: limit("Monthly bandwidth in MB"),
  mailboxesLimit: limit("Mailboxes"),
  cpuCores: limit("CPU cores"),
  memoryMb: limit("Memory in MB"),
};

/** The fields both creating and changing a service may set. */
const SERVICE_TERMS = {
  productName: apiLine("productName", 120),
  domain: ZHostName.nullable().optional(),
  server: ZHostName,
  ipAddress: z.union([z.ipv4(), z.ipv6()], { error: "Not an IPv4 or IPv6 address." }).nullable().optional(),
  priceMinor: z.number({ error: "priceMinor is a whole number of minor units (cents)." }).int({ error: "priceMinor is a whole number of minor units (cents)." }).min(0, { error: "priceMinor is at least 0." }).max(100_000_000, { error: "priceMinor is too large." }),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "currency is an ISO 4217 code in capitals, like EUR." }),
  billingCycle: z.enum(BILLING_CYCLES, { error: `billingCycle is one of ${BILLING_CYCLES.join(", ")}.` }),
  nextDueAt: ZDateInput.nullable().optional(),
  ...SERVICE_LIMITS,
};

export const ZCreateService = z.strictObject({
  kind: z.enum(SERVICE_KINDS, { error: `kind is one of ${SERVICE_KINDS.join(", ")}.` }),
  ...SERVICE_TERMS,
  panelDriver: z.string().trim().min(1).max(40).default("demo").meta({ description: "The provisioning driver that runs the service; `demo` is the built-in demo panel." }),
  panelRef: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "The service's id in the panel. Without it the service is provisioned through the driver now." }),
});
export type TCreateService = z.output<typeof ZCreateService>;

export const ZUpdateService = z
  .strictObject(Object.fromEntries(Object.entries(SERVICE_TERMS).map(([field, schema]) => [field, schema.optional()])) as { [K in keyof typeof SERVICE_TERMS]: z.ZodOptional<(typeof SERVICE_TERMS)[K]> })
  .refine((body) => Object.keys(body).length > 0, { error: "Give at least one field to change.", when: (payload) => payload.issues.length === 0 });
export type TUpdateService = z.output<typeof ZUpdateService>;

export const ZSuspendService = z.strictObject({ reason: apiLine("reason", 500).optional() });

export const ZListServicesQuery = z.strictObject({
  accountId: z.uuid({ error: "Not an id of this API." }).optional(),
  status: z.enum(SERVICE_STATUSES, { error: `status is one of ${SERVICE_STATUSES.join(", ")}.` }).optional(),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});
