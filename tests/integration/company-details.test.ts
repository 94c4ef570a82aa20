/**
 * One place for the company details (issue 15, point 9): the settings edit the legal name,
 * tax id and address, the billing page only the invoice addresses; and the currency of an
 * account with invoices is not the customer's to change. Called as the forms call the
 * actions; the request's user, headers and translations are stood in for, the database is real.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import { updateAccountDetailsAsProvider } from "@/lib/accounts/update-account";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { createAccountWithOwner, currentUser } from "../factories/accounts";
import { createInvoiceRow } from "../factories/invoices";
import { createTestSession } from "../factories/sessions";
import { form } from "../support/action-form";
import { billingWrites } from "../support/billing-writes";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.62" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const settings = await import("@/app/(app)/accounts/[accountId]/settings/actions");
const billing = await import("@/app/(app)/accounts/[accountId]/billing/actions");

type Result = { ok: boolean; error?: string };
const call = (action: unknown, fields: Record<string, string>) => (action as (previous: typeof initialActionResult, data: FormData) => Promise<Result>)(initialActionResult, form(fields));
const t = translatorFor("en");
const details = (overrides: Record<string, string> = {}) => ({ kind: "COMPANY", legalName: "Empresa, S.A.", taxId: "ESA12345678", addressLine1: "Calle Mayor 1", addressLine2: "", city: "Madrid", region: "", postcode: "28013", country: "ES", currency: "EUR", documentLocale: "en", ...overrides });

async function ownAccount() {
  const { account, owner } = await createAccountWithOwner({ details: { currency: "EUR" } });
  signedIn = currentUser(owner, await createTestSession(owner.id));
  return account;
}

beforeEach(() => {
  signedIn = null;
});

describe("the currency of an account", () => {
  it("cannot be changed by its members once it has invoices: a clear message, nothing written, the other fields neither", async () => {
    const account = await ownAccount();
    await createInvoiceRow(account.id, { status: "PAID" });
    const before = await billingWrites();
    const result = await call(settings.updateAccountDetailsAction, { accountId: account.id, ...details({ legalName: "Renamed, S.L.", currency: "USD" }) });
    expect(result).toMatchObject({ ok: false, error: t("errors.currencyLocked") });
    expect(await billingWrites()).toEqual(before);
    expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ currency: "EUR", legalName: account.legalName });

    // The rest of the details still save, with the currency as it is.
    expect(await call(settings.updateAccountDetailsAction, { accountId: account.id, ...details({ legalName: "Renamed, S.L." }) })).toMatchObject({ ok: true });
    expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ currency: "EUR", legalName: "Renamed, S.L." });
  });

  it("can be changed while the account has no invoice", async () => {
    const account = await ownAccount();
    expect(await call(settings.updateAccountDetailsAction, { accountId: account.id, ...details({ currency: "USD" }) })).toMatchObject({ ok: true });
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).currency).toBe("USD");
  });

  it("stays the provider's to change, through its API", async () => {
    const account = await ownAccount();
    await createInvoiceRow(account.id);
    expect(await updateAccountDetailsAsProvider(account.id, { currency: "GBP" })).toBe(true);
    expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).currency).toBe("GBP");
  });
});

describe("the company details", () => {
  it("are not edited from the billing page: its form saves the invoice addresses only", async () => {
    const account = await ownAccount();
    const result = await call(billing.updateBillingDetailsAction, { accountId: account.id, legalName: "Sneaked In, S.L.", taxId: "ESB00000000", invoiceEmails: "books@example.com" });
    expect(result).toMatchObject({ ok: true });
    expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ legalName: account.legalName, taxId: account.taxId, invoiceEmails: ["books@example.com"] });
  });

  it("are edited in the settings, which the invoices then carry", async () => {
    const account = await ownAccount();
    expect(await call(settings.updateAccountDetailsAction, { accountId: account.id, ...details({ legalName: "Nueva Empresa, S.L.", taxId: "ESB22222222" }) })).toMatchObject({ ok: true });
    expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ legalName: "Nueva Empresa, S.L.", taxId: "ESB22222222" });
  });
});
