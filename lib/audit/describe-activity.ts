// The merged English catalog: a feature's sub-catalog (lib/i18n/messages/en/*.json) may add its own sentences.
import type en from "@/lib/i18n/messages/en";
import { ticketLabel } from "@/lib/support/ticket-filter";
import { asDetails, flag, nested, text, texts, whole, type Details } from "./activity-details";
import { ACCOUNT_FIELDS, BILLING_FIELDS, CONTACT_FIELDS, SERVICE_FIELDS, phrasesFor, type ActivityPhrases, type ActivityReader } from "./activity-phrases";
import type { ActivityKind } from "./record-activity";

export type { ActivityReader, Translate } from "./activity-phrases";

/** A sentence of the log: a key under `activity.events` and its arguments, all already text in the reader's language. */
export type ActivityMessage = keyof (typeof en)["activity"]["events"];
type Values = Record<string, string | number>;
export type ActivitySentence = { key: ActivityMessage; values: Values };

type Full = (details: Details, phrase: ActivityPhrases) => readonly [ActivityMessage, Values] | null;

/** Each argument present, or nothing: a sentence is only written when all it needs is there. */
function all<T extends Record<string, string | number | null>>(values: T): { [K in keyof T]: NonNullable<T[K]> } | null {
  return Object.values(values).every((value) => value !== null) ? (values as { [K in keyof T]: NonNullable<T[K]> }) : null;
}

function say(key: ActivityMessage, values: Record<string, string | number | null>): readonly [ActivityMessage, Values] | null {
  const complete = all(values);
  return complete ? [key, complete] : null;
}

const ticket =
  (key: ActivityMessage): Full =>
  (d) => {
    const number = whole(d, "number");
    return say(key, { ticket: number === null ? null : ticketLabel(number), subject: text(d, "subject") });
  };
const byProvider = (d: Details) => text(d, "by") === "provider";
const onOff = (setting: string, on: ActivityMessage, off: ActivityMessage): Full => (d) => {
  const state = flag(d, setting);
  return state === null ? null : say(state ? on : off, { domain: text(d, "domain") });
};

/**
 * Per kind: the sentence that needs nothing from the details (`plain`), and how to write the
 * full one from them (`full`). Typed by ActivityKind, so a new kind does not compile until it
 * has its sentences.
 */
const SENTENCES: Record<ActivityKind, { plain: ActivityMessage; full?: Full }> = {
  // `by: "provider"` marks what the provider did through its API (no actor): the sentence names the provider.
  "account.created": { plain: "accountCreatedPlain", full: (d) => say(byProvider(d) ? "accountCreatedByProvider" : "accountCreated", { name: text(d, "legalName") }) },
  // The event's details are the changed fields themselves ({field: {before, after}}).
  "account.updated": { plain: "accountUpdatedPlain", full: (d, p) => say(byProvider(d) ? "accountUpdatedByProvider" : "accountUpdated", { fields: p.fields(d, ACCOUNT_FIELDS) }) },
  "account.closed": { plain: "accountClosed", full: (d) => (byProvider(d) ? say("accountClosedByProvider", {}) : null) },
  "account.suspended": { plain: "accountSuspended" },
  "account.reactivated": { plain: "accountReactivated" },
  "invitation.sent": { plain: "invitationSentPlain", full: (d, p) => say("invitationSent", { email: text(d, "email"), grant: p.grant(d.grant) }) },
  "invitation.revoked": {
    plain: "invitationRevokedPlain",
    full: (d) => {
      const reason = text(d, "reason");
      const key = reason === "contactChanged" ? "invitationRevokedContactChanged" : reason === "inviterRights" ? "invitationRevokedInviterRights" : "invitationRevoked";
      return say(key, { email: text(d, "email") });
    },
  },
  "invitation.accepted": { plain: "invitationAccepted" },
  "member.updated": {
    plain: "memberUpdatedPlain",
    full: (d, p) => say("memberUpdated", { email: text(d, "email"), before: p.grant(d.before), after: p.grant(d.after) }),
  },
  "member.removed": { plain: "memberRemovedPlain", full: (d) => say("memberRemoved", { email: text(d, "email") }) },
  "member.left": { plain: "memberLeft" },
  "contact.created": { plain: "contactCreatedPlain", full: (d) => say("contactCreated", { name: text(d, "name"), email: text(d, "email") }) },
  "contact.updated": {
    plain: "contactUpdatedPlain",
    // Written two ways: a member's edit (the changed fields), or the contact's own unsubscribe link.
    full: (d, p) =>
      "unsubscribed" in d
        ? say("contactUnsubscribed", { email: text(d, "email"), category: p.category(text(d, "unsubscribed")) })
        : say("contactUpdated", { email: text(d, "email"), fields: p.fields(nested(d, "changes"), CONTACT_FIELDS) }),
  },
  "contact.deleted": { plain: "contactDeletedPlain", full: (d) => say("contactDeleted", { name: text(d, "name"), email: text(d, "email") }) },
  "contact.activated": { plain: "contactActivatedPlain", full: (d, p) => say("contactActivated", { email: text(d, "email"), grant: p.grant(d.grant) }) },
  "preferences.updated": {
    plain: "preferencesUpdatedPlain",
    full: (d, p) => {
      const after = texts(d, "after");
      if (!after) return null;
      const labels = p.categories(after);
      return labels.length ? say("preferencesUpdated", { categories: p.list(labels) }) : say("preferencesUpdatedNone", {});
    },
  },
  "profile.created": { plain: "profileCreatedPlain", full: (d) => say("profileCreated", { name: text(d, "name"), count: texts(d, "permissions")?.length ?? null }) },
  "profile.updated": {
    plain: "profileUpdatedPlain",
    full: (d) => {
      const [before, after] = [nested(d, "before"), nested(d, "after")];
      const [oldName, name] = [before && text(before, "name"), after && text(after, "name")];
      const count = (after && texts(after, "permissions")?.length) ?? null;
      return oldName && oldName !== name ? say("profileRenamed", { before: oldName, name, count }) : say("profileUpdated", { name, count });
    },
  },
  "profile.deleted": { plain: "profileDeletedPlain", full: (d) => say("profileDeleted", { name: text(d, "name") }) },
  "ownership.transfer_started": { plain: "ownershipOfferedPlain", full: (d) => say("ownershipOffered", { email: text(d, "to") }) },
  "ownership.transfer_cancelled": { plain: "ownershipWithdrawn", full: (d) => (text(d, "reason") === "memberLeft" ? say("ownershipOfferEnded", {}) : null) },
  "ownership.transferred": { plain: "ownershipTransferred" },
  "seat.freed": { plain: "seatFreedPlain", full: (d) => say("seatFreed", { email: text(d, "email") }) },
  "seat.limit_changed": {
    plain: "seatLimitChangedPlain",
    full: (d) => (d.after === null ? say("seatLimitRemoved", {}) : say("seatLimitSet", { count: whole(d, "after") })),
  },
  "service.restarted": { plain: "serviceRestartedPlain", full: (d, p) => say("serviceRestarted", { service: p.service(d) }) },
  "service.password_reset": { plain: "servicePasswordResetPlain", full: (d, p) => say("servicePasswordReset", { service: p.service(d) }) },
  "service.settings_changed": {
    plain: "serviceSettingsPlain",
    full: (d, p) => {
      const settings = nested(d, "settings") ?? {};
      const service = p.service(d);
      if (text(settings, "phpVersion")) return say("servicePhpVersion", { service, value: text(settings, "phpVersion") });
      if (text(settings, "hostname")) return say("serviceHostname", { service, value: text(settings, "hostname") });
      return say("serviceMailboxQuota", { service, value: whole(settings, "mailboxQuotaMb") });
    },
  },
  "service.panel_opened": {
    plain: "servicePanelOpenedPlain",
    full: (d, p) => {
      const app = text(d, "app");
      return app === "CONTROL_PANEL" || app === "WEBMAIL" ? say(app === "WEBMAIL" ? "serviceWebmailOpened" : "serviceControlPanelOpened", { service: p.service(d) }) : null;
    },
  },
  "service.upgrade_requested": { plain: "serviceUpgradeRequestedPlain", full: (d, p) => say("serviceUpgradeRequested", { service: p.service(d), product: text(d, "targetProduct") }) },
  "service.upgrade_ordered": { plain: "serviceUpgradeOrderedPlain", full: (d, p) => say("serviceUpgradeOrdered", { service: p.service(d), product: text(d, "targetProduct"), number: text(d, "invoiceNumber") }) },
  // Applied by the job once the invoice is paid (actorId null): it names no one.
  "service.upgraded": { plain: "serviceUpgradedPlain", full: (d, p) => say("serviceUpgraded", { service: p.service(d), product: text(d, "targetProduct") }) },
  "service.cancellation_requested": { plain: "serviceCancellationRequestedPlain", full: (d, p) => say("serviceCancellationRequested", { service: p.service(d) }) },
  // Written by the provider through its API (actorId null): the sentences name the provider, not "System".
  "service.created": { plain: "serviceCreatedPlain", full: (d, p) => say("serviceCreated", { service: p.service(d) }) },
  "service.updated": { plain: "serviceUpdatedPlain", full: (d, p) => say("serviceUpdated", { service: p.service(d), fields: p.fields(nested(d, "changes"), SERVICE_FIELDS) }) },
  "service.suspended": {
    plain: "serviceSuspendedPlain",
    full: (d, p) => (text(d, "reason") ? say("serviceSuspendedReason", { service: p.service(d), reason: text(d, "reason") }) : say("serviceSuspended", { service: p.service(d) })),
  },
  "service.unsuspended": { plain: "serviceUnsuspendedPlain", full: (d, p) => say("serviceUnsuspended", { service: p.service(d) }) },
  "service.terminated": { plain: "serviceTerminatedPlain", full: (d, p) => say("serviceTerminated", { service: p.service(d) }) },
  "service.upgrade_accepted": { plain: "serviceUpgradeAcceptedPlain", full: (d, p) => say("serviceUpgradeAccepted", { service: p.service(d), product: text(d, "targetProduct") }) },
  "service.upgrade_refused": { plain: "serviceUpgradeRefusedPlain", full: (d, p) => say("serviceUpgradeRefused", { service: p.service(d), product: text(d, "targetProduct") }) },
  "service.cancellation_accepted": { plain: "serviceCancellationAcceptedPlain", full: (d, p) => say("serviceCancellationAccepted", { service: p.service(d) }) },
  "service.cancellation_refused": { plain: "serviceCancellationRefusedPlain", full: (d, p) => say("serviceCancellationRefused", { service: p.service(d) }) },
  "domain.nameservers_changed": {
    plain: "domainNameserversPlain",
    full: (d, p) => {
      const after = texts(d, "after");
      return after?.length ? say("domainNameservers", { domain: text(d, "domain"), nameservers: p.list(after) }) : null;
    },
  },
  "domain.lock_changed": { plain: "domainLockPlain", full: onOff("locked", "domainLockOn", "domainLockOff") },
  "domain.auto_renew_changed": { plain: "domainAutoRenewPlain", full: onOff("autoRenew", "domainAutoRenewOn", "domainAutoRenewOff") },
  "domain.registrant_changed": {
    plain: "domainRegistrantPlain",
    full: (d) => (flag(d, "toAccount") ? say("domainRegistrantAccount", { domain: text(d, "domain") }) : say("domainRegistrant", { name: text(d, "after"), email: text(d, "email"), domain: text(d, "domain") })),
  },
  "domain.transfer_code_revealed": { plain: "domainTransferCodePlain", full: (d) => say("domainTransferCode", { domain: text(d, "domain") }) },
  "domain.created": { plain: "domainCreatedPlain", full: (d) => say("domainCreated", { domain: text(d, "domain") }) },
  "domain.status_changed": {
    plain: "domainStatusPlain",
    full: (d, p) => {
      const status = text(d, "after");
      return status && ["PENDING", "ACTIVE", "EXPIRED", "TRANSFERRED_AWAY", "CANCELLED"].includes(status) ? say("domainStatus", { domain: text(d, "domain"), status: p.t(`domains.statuses.${status}`) }) : null;
    },
  },
  "domain.expiry_changed": { plain: "domainExpiryPlain", full: (d, p) => say("domainExpiry", { domain: text(d, "domain"), date: p.date(text(d, "after")) }) },
  "domain.renewal_ordered": {
    plain: "domainRenewalOrderedPlain",
    full: (d, p) => say("domainRenewalOrdered", { domain: text(d, "domain"), years: whole(d, "years"), number: text(d, "number"), amount: p.money(whole(d, "amountMinor"), text(d, "currency")) }),
  },
  // Applied by the job (no actor) once the invoice is paid: the registrar renewed it.
  "domain.renewed": { plain: "domainRenewedPlain", full: (d, p) => say("domainRenewed", { domain: text(d, "domain"), years: whole(d, "years"), date: p.date(text(d, "after")) }) },
  "domain.renewal_refused": { plain: "domainRenewalRefusedPlain", full: (d) => say("domainRenewalRefused", { domain: text(d, "domain"), number: text(d, "number") }) },
  "billing.details_updated": { plain: "billingDetailsUpdatedPlain", full: (d, p) => say("billingDetailsUpdated", { fields: p.fields(d, BILLING_FIELDS) }) },
  "billing.auto_pay_changed": {
    plain: "autoPayPlain",
    full: (d) => {
      const on = flag(d, "autoPay");
      return on === null ? null : say(on ? "autoPayOn" : "autoPayOff", {});
    },
  },
  "payment_method.added": {
    plain: "paymentMethodAddedPlain",
    full: (d) => say(flag(d, "default") ? "paymentMethodAddedDefault" : "paymentMethodAdded", { method: text(d, "method") }),
  },
  "payment_method.removed": { plain: "paymentMethodRemovedPlain", full: (d) => say("paymentMethodRemoved", { method: text(d, "method") }) },
  "payment_method.default_changed": { plain: "paymentMethodDefaultPlain", full: (d) => say("paymentMethodDefault", { method: text(d, "method") }) },
  "invoice.paid": {
    plain: "invoicePaidPlain",
    full: (d, p) =>
      text(d, "gateway") === "BANK_TRANSFER"
        ? say("invoicePaymentRecorded", { number: text(d, "number"), amount: p.money(whole(d, "amountMinor"), text(d, "currency")) })
        : say(flag(d, "autoPay") ? "invoiceAutoPaid" : "invoicePaid", { number: text(d, "number"), amount: p.money(whole(d, "amountMinor"), text(d, "currency")), method: text(d, "method") }),
  },
  // Only the provider cancels an invoice (the API): no actor, so the sentence names none.
  "invoice.cancelled": { plain: "invoiceCancelledPlain", full: (d, p) => say("invoiceCancelled", { number: text(d, "number"), amount: p.money(whole(d, "amountMinor"), text(d, "currency")) }) },
  "ticket.opened": { plain: "ticketOpenedPlain", full: ticket("ticketOpened") },
  "ticket.replied": { plain: "ticketRepliedPlain", full: ticket("ticketReplied") },
  // The provider's support team (the API) changes a ticket's status without an actor of the account.
  "ticket.closed": { plain: "ticketClosedPlain", full: (d, p) => ticket(flag(d, "bySupport") ? "ticketClosedBySupport" : "ticketClosed")(d, p) },
  "ticket.reopened": { plain: "ticketReopenedPlain", full: (d, p) => ticket(flag(d, "bySupport") ? "ticketReopenedBySupport" : "ticketReopened")(d, p) },
};

/**
 * One event of the log as a sentence in the reader's language, naming who did it (the
 * provider when its API did, the catalog's "System" when nobody did). When the details lack or garble what the full
 * sentence needs, the kind's plain sentence is used; an unknown kind gets a neutral one.
 * Never throws: one odd row must not take the whole log down.
 */
export function describeActivity(event: { kind: string; details: unknown; actorName: string | null }, reader: ActivityReader): ActivitySentence {
  // Nobody of the account: the provider through its API (details `by: "provider"`), else the system (auto-pay, jobs).
  const actor = event.actorName ?? reader.t(byProvider(asDetails(event.details)) ? "activity.provider" : "activity.system");
  if (!Object.hasOwn(SENTENCES, event.kind)) return { key: "unknown", values: { actor } };
  const rule = SENTENCES[event.kind as ActivityKind];
  let full: readonly [ActivityMessage, Values] | null = null;
  try {
    full = rule.full?.(asDetails(event.details), phrasesFor(reader)) ?? null;
  } catch {
    full = null;
  }
  return full ? { key: full[0], values: { actor, ...full[1] } } : { key: rule.plain, values: { actor } };
}
