"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { changeNameservers, changeRegistrant, setDomainSwitch } from "@/lib/domains/manage-domains";
import { fulfilPaidInvoices } from "@/lib/billing/fulfil-paid-invoices";
import { renewDomain } from "@/lib/domains/renewals/renew-domain";
import { ZChangeNameservers, ZDomainId, ZDomainRegistrant, ZDomainSwitch, ZRenewDomain } from "@/lib/domains/schemas";
import { UserError } from "@/lib/errors/user-error";
import { payInvoices } from "@/lib/invoices/pay-invoices";
import { paymentCardOf, ZPayInvoices, type PaidSummary } from "@/lib/invoices/pay-invoices-schema";
import { meets } from "@/lib/permissions/account-access";
import { revealTransferCode } from "@/lib/domains/transfer-code";

const domainsPage = (accountId: string) => `/accounts/${accountId}/domains`;

export const changeNameserversAction = createAccountAction({
  requirement: "domains.manage",
  schema: ZChangeNameservers,
  handler: async ({ accountId, domainId, nameservers }, { access, client }) => {
    const hosts = await changeNameservers(access, domainId, nameservers, client);
    revalidatePath(domainsPage(accountId));
    return { nameservers: hosts };
  },
});

export const setDomainSwitchAction = createAccountAction({
  requirement: "domains.manage",
  schema: ZDomainSwitch,
  handler: async ({ accountId, domainId, setting, on }, { access, client }) => {
    await setDomainSwitch(access, domainId, { setting, on }, client);
    revalidatePath(domainsPage(accountId));
    return { setting, on };
  },
});

export const changeRegistrantAction = createAccountAction({
  requirement: "domains.manage",
  schema: ZDomainRegistrant,
  handler: async ({ accountId, domainId, contactId }, { access, client }) => {
    await changeRegistrant(access, domainId, contactId, client);
    revalidatePath(domainsPage(accountId));
    return { saved: true };
  },
});

/** The code travels in this result only: it is never rendered into a page or cached. */
export const revealTransferCodeAction = createAccountAction({
  requirement: "domains.manage",
  schema: ZDomainId,
  handler: async ({ domainId }, { access, client }) => ({ transferCode: await revealTransferCode(access, domainId, client) }),
});

/**
 * Renews a domain by hand (domains.order): issues its renewal invoice, or hands back the one
 * already open for it. Paying is payDomainRenewalAction's (invoices.pay).
 */
export const renewDomainAction = createAccountAction({
  requirement: "domains.order",
  schema: ZRenewDomain,
  handler: async ({ accountId, domainId, years }, { access, client }) => {
    const renewal = await renewDomain(access, { domainId, years }, client);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return renewal;
  },
});

/**
 * Pays a domain's renewal invoice in place, as the invoice page pays (payInvoices: a saved
 * card or a new one), then applies the paid renewal at the registrar at once, so the member
 * sees the new expiry on the page that reloads; the scheduled job would do the same a few
 * seconds later (and does, should this step fail).
 */
export const payDomainRenewalAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "invoices.pay",
  schema: ZPayInvoices,
  handler: async ({ accountId, ...input }, { access, client }): Promise<PaidSummary> => {
    const card = paymentCardOf(input);
    if ("card" in card && card.save && !meets(access, "billing.manage")) throw new UserError("forbidden");
    const paid = await payInvoices({ accountId: access.account.id, userId: access.user.id, client }, { invoiceIds: input.invoiceIds, card });
    await fulfilPaidInvoices(input.invoiceIds);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { invoices: paid.invoices, amountMinor: paid.amountMinor, currency: paid.currency, method: paid.method };
  },
});
