/**
 * Text fields refuse characters that have no place in them, with a message on the field and
 * nothing written: NUL (which PostgreSQL cannot store, and which used to end as "Something
 * went wrong") and the other control characters in every field of every form; line breaks,
 * tabs and bidirectional overrides in one-line fields. Multi-line text keeps its lines.
 * The actions are called as a form (or a crafted POST) would call them.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { accountDetails, addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createDomain } from "../factories/domains";
import { createTestSession } from "../factories/sessions";
import { createServiceRow, createTicketRow } from "../factories/tickets";
import { uniqueEmail } from "../factories/users";
import { form } from "../support/action-form";
import { logger } from "@/lib/observability/logger";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.80" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en"), getLocale: async () => "en" }));

const publicActions = await import("@/app/(public)/actions");
const userActions = await import("@/app/(app)/user/actions");
const newAccountActions = await import("@/app/(app)/user/accounts/actions");
const settingsActions = await import("@/app/(app)/accounts/[accountId]/settings/actions");
const billingActions = await import("@/app/(app)/accounts/[accountId]/billing/actions");
const contactActions = await import("@/app/(app)/accounts/[accountId]/contacts/actions");
const supportActions = await import("@/app/(app)/accounts/[accountId]/support/actions");
const serviceActions = await import("@/app/(app)/accounts/[accountId]/services/actions");
const userAreaActions = await import("@/app/(app)/accounts/[accountId]/users/actions");
const domainActions = await import("@/app/(app)/accounts/[accountId]/domains/actions");

const t = translatorFor("en");
const INVALID = t("validation.invalidCharacters");

type FormAction = (previous: ActionResult<unknown>, data: FormData) => Promise<ActionResult<unknown>>;
type Case = { name: string; action: FormAction; fields: () => Record<string, string>; text: string[]; multiLine?: string[] };

let ids: { accountId: string; ticketId: string; serviceId: string; domainId: string };

const address = (overrides: Record<string, string> = {}) => {
  const details = accountDetails();
  return { legalName: details.legalName, taxId: "B12345678", addressLine1: "Calle Mayor 1", addressLine2: "Planta 2", city: "Madrid", region: "Madrid", postcode: "28013", country: "ES", ...overrides };
};

const CASES: Case[] = [
  { name: "sign-up", action: publicActions.signUpAction as FormAction, fields: () => ({ name: "Lucia Fernandez", email: uniqueEmail("text"), password: "lilac-meadow-41-river" }), text: ["name"] },
  { name: "profile", action: userActions.updateProfileAction as FormAction, fields: () => ({ name: "Lucia Fernandez", locale: "en" }), text: ["name"] },
  {
    name: "new client account",
    action: newAccountActions.createAccountAction as FormAction,
    fields: () => ({ kind: "COMPANY", currency: "EUR", ...address() }),
    text: ["legalName", "taxId", "addressLine1", "addressLine2", "city", "region", "postcode"],
  },
  {
    name: "account details",
    action: settingsActions.updateAccountDetailsAction as FormAction,
    fields: () => ({ accountId: ids.accountId, kind: "COMPANY", currency: "EUR", ...address() }),
    text: ["legalName", "addressLine1", "city"],
  },
  {
    name: "contact",
    action: contactActions.createContactAction as FormAction,
    fields: () => ({ accountId: ids.accountId, firstName: "Lucia", lastName: "Fernandez", company: "Gestoria", email: uniqueEmail("contact"), phone: "+34 912 345 678", addressLine1: "Calle 1", city: "Madrid", postcode: "28013", country: "ES", categories: "GENERAL" }),
    text: ["firstName", "lastName", "company", "addressLine1", "city", "postcode"],
  },
  {
    name: "new ticket",
    action: supportActions.openTicketAction as FormAction,
    fields: () => ({ accountId: ids.accountId, department: "TECHNICAL", subject: "Site down", message: "It answers 502.", priority: "HIGH" }),
    text: ["subject", "message"],
    multiLine: ["message"],
  },
  { name: "ticket reply", action: supportActions.replyToTicketAction as FormAction, fields: () => ({ accountId: ids.accountId, ticketId: ids.ticketId, message: "Still down." }), text: ["message"], multiLine: ["message"] },
  {
    name: "cancellation request",
    action: serviceActions.requestCancellationAction as FormAction,
    fields: () => ({ accountId: ids.accountId, serviceId: ids.serviceId, reason: "Moving elsewhere." }),
    text: ["reason"],
    multiLine: ["reason"],
  },
  { name: "named profile", action: userAreaActions.createProfileAction as FormAction, fields: () => ({ accountId: ids.accountId, name: "Night shift", permissions: "account.view" }), text: ["name"] },
  {
    name: "card",
    action: billingActions.addPaymentMethodAction as FormAction,
    fields: () => ({ accountId: ids.accountId, holderName: "Lucia Fernandez", number: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" }),
    text: ["holderName"],
  },
  {
    name: "nameservers",
    action: domainActions.changeNameserversAction as FormAction,
    fields: () => ({ accountId: ids.accountId, domainId: ids.domainId, nameservers: "ns1.example.net\nns2.example.net" }),
    text: ["nameservers"],
    multiLine: ["nameservers"],
  },
];

/** Every table a form here could write to. */
async function everything() {
  const [users, accounts, contacts, tickets, replies, requests, profiles, methods, emails, activity, domains] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.clientAccount.findMany({ orderBy: { id: "asc" } }),
    db.contact.count(),
    db.supportTicket.count(),
    db.ticketReply.count(),
    db.serviceRequest.count(),
    db.accountProfile.count(),
    db.paymentMethod.count(),
    db.emailMessage.count(),
    db.activityEvent.count(),
    db.domain.findMany({ select: { id: true, nameservers: true }, orderBy: { id: "asc" } }),
  ]);
  return { users, accounts, contacts, tickets, replies, requests, profiles, methods, emails, activity, domains };
}

async function expectRefusedOnField(testCase: Case, field: string, value: string) {
  const before = await everything();
  const result = await testCase.action(initialActionResult, form({ ...testCase.fields(), [field]: value }));
  expect(result.ok).toBe(false);
  expect(result.fieldErrors?.[field]).toContain(INVALID);
  expect(result.error).toBeUndefined();
  expect(await everything()).toEqual(before);
}

beforeAll(async () => {
  const { account, owner } = await createAccountWithOwner();
  const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
  const ticket = await createTicketRow(account.id, technician.user.id);
  const service = await createServiceRow(account.id);
  const domain = await createDomain(account.id);
  ids = { accountId: account.id, ticketId: ticket.id, serviceId: service.id, domainId: domain.id };
  signedIn = currentUser(owner, await createTestSession(owner.id));
});

beforeEach(() => {
  vi.spyOn(logger, "error");
});

describe.each(CASES)("the $name form", (testCase) => {
  it.each(testCase.text)("refuses a NUL and other control characters in %s, on the field, writing nothing", async (field) => {
    const valid = testCase.fields()[field]!;
    for (const control of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085"]) {
      await expectRefusedOnField(testCase, field, `${valid.slice(0, 3)}${control}${valid.slice(3)}`);
    }
    // Nothing of this was a failure worth a stack in the log.
    expect(logger.error).not.toHaveBeenCalled();
  });

  it.each(testCase.text.filter((field) => !testCase.multiLine?.includes(field)))("refuses line breaks, tabs and direction overrides in the one-line field %s", async (field) => {
    const valid = testCase.fields()[field]!;
    for (const character of ["\n", "\r", "\t", "\u202e", "\u2067"]) {
      await expectRefusedOnField(testCase, field, `${valid.slice(0, 3)}${character}${valid.slice(3)}`);
    }
  });
});

describe("multi-line text", () => {
  it("keeps its line breaks, tabs and direction isolates", async () => {
    const message = "First line\n\tindented\r\nשלום \u2067עולם\u2069 end";
    const result = await supportActions.replyToTicketAction(initialActionResult, form({ accountId: ids.accountId, ticketId: ids.ticketId, message }));
    expect(result).toMatchObject({ ok: true });
    const reply = await db.ticketReply.findFirstOrThrow({ where: { ticketId: ids.ticketId }, orderBy: { createdAt: "desc" } });
    expect(reply.body).toBe(message);
  });
});

describe("the contacts search", () => {
  it("answers nothing for a search with a NUL rather than failing in the database", async () => {
    const { listContacts } = await import("@/lib/contacts/list-contacts");
    await expect(listContacts(ids.accountId, "a\u0000b")).resolves.toEqual([]);
  });
});
