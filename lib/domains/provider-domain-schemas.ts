import { z } from "zod";
import { ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { englishCatalog } from "@/lib/api/english";
import { ZDateInput } from "@/lib/services/provider-service-schemas";
import { isValidHostName, parseNameservers } from "./nameservers";

/** What the provider's API takes to create, change and list domains (English: for the provider's developers). */

export const DOMAIN_STATUSES = ["PENDING", "ACTIVE", "EXPIRED", "TRANSFERRED_AWAY", "CANCELLED"] as const;

/** A registrable name: a host name of at least two labels, lower case, without the trailing dot. */
export const ZDomainName = z
  .string({ error: "name is text." })
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/\.$/, ""))
  .refine(isValidHostName, { error: "name is not a valid domain name (like example.com)." });

/** The same list rules as the members' form (lib/domains/nameservers.ts), its message in English. */
export const ZNameservers = z
  .array(z.string({ error: "Each nameserver is text." }).max(253), { error: "nameservers is a list of host names." })
  .max(50)
  .transform((hosts, context) => {
    const parsed = parseNameservers(hosts.join("\n"));
    if (parsed.ok) return parsed.hosts;
    const t = englishCatalog();
    context.addIssue({ code: "custom", message: t(`errors.${parsed.reason}`, parsed.values), input: hosts });
    return z.NEVER;
  });

const ZStatus = z.enum(DOMAIN_STATUSES, { error: `status is one of ${DOMAIN_STATUSES.join(", ")}.` });
const ZRegistrant = z.uuid({ error: "registrantContactId is the id of one of the account's contacts, or null for the account itself." }).nullable();

export const ZCreateDomain = z.strictObject({
  name: ZDomainName,
  status: ZStatus.default("ACTIVE"),
  registeredAt: ZDateInput.optional(),
  expiresAt: ZDateInput,
  autoRenew: z.boolean({ error: "autoRenew is true or false." }).default(true),
  nameservers: ZNameservers.optional(),
  registrantContactId: ZRegistrant.default(null).meta({ description: "One of the account's contacts; null (the default): the account itself." }),
});
export type TCreateDomain = z.output<typeof ZCreateDomain>;

export const ZUpdateDomain = z
  .strictObject({ expiresAt: ZDateInput.optional(), status: ZStatus.optional(), nameservers: ZNameservers.optional(), registrantContactId: ZRegistrant.optional() })
  .refine((body) => Object.keys(body).length > 0, { error: "Give at least one field to change.", when: (payload) => payload.issues.length === 0 });
export type TUpdateDomain = z.output<typeof ZUpdateDomain>;

export const ZListDomainsQuery = z.strictObject({
  accountId: z.uuid({ error: "Not an id of this API." }).optional(),
  status: ZStatus.optional(),
  q: z.string().trim().min(1).max(253, { error: "q has at most 253 characters." }).optional(),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});
