import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import { recordActivity } from "@/lib/audit/record-activity";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import type { TBillingDetails } from "./schemas";

/** What the billing page edits; the company details it shows are edited in the settings (updateAccountDetails). */
const BILLING_FIELDS = { invoiceEmails: true } as const;
const COMPANY_FIELDS = { legalName: true, taxId: true, addressLine1: true, addressLine2: true, city: true, region: true, postcode: true, country: true } as const;

/** What the billing page shows: the company details new invoices are made out to (read-only there), and what it edits. */
export function loadBillingSettings(accountId: string) {
  return db.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { ...COMPANY_FIELDS, ...BILLING_FIELDS, autoPay: true, defaultPaymentMethodId: true } });
}

/**
 * Saves the billing details: the addresses invoices and receipts also go to. The activity
 * log keeps the old and new list; nothing changed writes nothing.
 */
export async function updateBillingDetails(access: AccountAccess, input: TBillingDetails, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.clientAccount.findUniqueOrThrow({ where: { id: access.account.id }, select: BILLING_FIELDS });
    const changes = Object.fromEntries(
      (Object.keys(input) as (keyof TBillingDetails)[])
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(input[key]))
        .map((key) => [key, { before: before[key], after: input[key] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await tx.clientAccount.update({ where: { id: access.account.id }, data: input });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "billing.details_updated", client, details: changes });
  });
}

/**
 * Auto-pay: new invoices are paid with the default method when issued (lib/invoices/issue-invoice.ts).
 * Turning it on needs a default method; without one it would silently pay nothing.
 */
export async function setAutoPay(access: AccountAccess, autoPay: boolean, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    if (autoPay) {
      const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: access.account.id }, select: { defaultPaymentMethodId: true } });
      if (!account.defaultPaymentMethodId) throw new UserError("autoPayNeedsDefault");
    }
    const { count } = await tx.clientAccount.updateMany({ where: { id: access.account.id, autoPay: !autoPay }, data: { autoPay } });
    if (count === 0) return;
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "billing.auto_pay_changed", client, details: { autoPay } });
  });
}
