import { z } from "zod";
import { multiLineText } from "@/lib/validation/plain-text";

// Error messages are keys under `validation` in the message files. The nameserver list is
// checked by parseNameservers in the domain function, whose message names the bad line.

export const ZDomainId = z.object({ domainId: z.uuid({ error: "invalid" }) });

/** The nameservers as typed in the textarea, one per line; 13 hosts of 253 fit well under 4,000. */
export const ZChangeNameservers = ZDomainId.extend({ nameservers: multiLineText().max(4_000, { error: "tooLong" }) });
export type TChangeNameservers = z.infer<typeof ZChangeNameservers>;

/** The state asked for, sent by the button ("true" / "false"), not a toggle: a double submit cannot flip it back. */
const ZWanted = z.enum(["true", "false"], { error: "invalid" }).transform((value) => value === "true");

/** One of the domain's switches (the registrar lock, auto-renew) and the state wanted. */
export const ZDomainSwitch = ZDomainId.extend({ setting: z.enum(["locked", "autoRenew"], { error: "invalid" }), on: ZWanted });
export const ZDomainRegistrant = ZDomainId.extend({ contactId: z.uuid({ error: "registrantRequired" }) });

/** A renewal by hand: 1 to 10 years (a registry holds a name at most ten years ahead; the domain function checks how many are left). */
export const ZRenewDomain = ZDomainId.extend({
  years: z.coerce.number({ error: "renewalYears" }).int({ error: "renewalYears" }).min(1, { error: "renewalYears" }).max(10, { error: "renewalYears" }),
});
export type TRenewDomain = z.infer<typeof ZRenewDomain>;
