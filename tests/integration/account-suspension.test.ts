/**
 * A suspended account as its members meet it: the actions they reach (called as a form would
 * call them) are refused with one clear message, except paying, support, leaving and freeing
 * a seat; reactivation gives everything back. The request's user, headers and translations
 * are stood in for; the database is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { suspendAccount, reactivateAccount } from "@/lib/accounts/provider-account-state";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createTestSession } from "../factories/sessions";
import { form } from "../support/action-form";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.61" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const settings = await import("@/app/(app)/accounts/[accountId]/settings/actions");
const support = await import("@/app/(app)/accounts/[accountId]/support/actions");
const billing = await import("@/app/(app)/accounts/[accountId]/billing/actions");

type Result = { ok: boolean; error?: string };
const call = (action: unknown, fields: Record<string, string>) => (action as (previous: typeof initialActionResult, data: FormData) => Promise<Result>)(initialActionResult, form(fields));
const t = translatorFor("en");

let account: Awaited<ReturnType<typeof createAccountWithOwner>>["account"];
let owner: CurrentUser;
let member: CurrentUser;

const details = (legalName: string) => ({ kind: "COMPANY", legalName, taxId: "", addressLine1: "Calle Mayor 1", addressLine2: "", city: "Madrid", region: "", postcode: "28013", country: "ES", currency: "EUR", documentLocale: "en" });

beforeAll(async () => {
  const created = await createAccountWithOwner();
  account = created.account;
  owner = currentUser(created.owner, await createTestSession(created.owner.id));
  const { user } = await addMember(account.id, { builtInProfile: "SUPER_ADMINISTRATOR" }, { name: "Admin Member" });
  member = currentUser(user, await createTestSession(user.id));
});

beforeEach(() => {
  signedIn = owner;
});

describe("a suspended account", () => {
  it("refuses its members' changes with the suspension's message and writes nothing", async () => {
    expect(await suspendAccount(account.id)).toBe(true);
    for (const who of [owner, member]) {
      signedIn = who;
      const edit = await call(settings.updateAccountDetailsAction, { accountId: account.id, ...details("Renamed while suspended") });
      expect(edit).toMatchObject({ ok: false, error: t("errors.accountSuspended") });
      const billingEdit = await call(billing.updateBillingDetailsAction, { accountId: account.id, invoiceEmails: "books@suspended.example" });
      expect(billingEdit).toMatchObject({ ok: false, error: t("errors.accountSuspended") });
    }
    expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ legalName: account.legalName, invoiceEmails: [] });
  });

  it("still lets its members use support", async () => {
    signedIn = member;
    // A ticket opened goes to its page (a redirect), as in the browser.
    await expect(call(support.openTicketAction, { accountId: account.id, department: "BILLING", subject: "Why is my account suspended?", message: "We paid yesterday.", priority: "MEDIUM" })).rejects.toThrow("NEXT_REDIRECT");
    expect(await db.supportTicket.count({ where: { accountId: account.id, subject: "Why is my account suspended?" } })).toBe(1);
  });

  it("takes changes again once reactivated", async () => {
    expect(await reactivateAccount(account.id)).toBe(true);
    const edit = await call(settings.updateAccountDetailsAction, { accountId: account.id, ...details("Renamed after reactivation") });
    expect(edit).toMatchObject({ ok: true });
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).legalName).toBe("Renamed after reactivation");
  });
});
