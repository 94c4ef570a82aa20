"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { changeNameservers, changeRegistrant, setDomainSwitch } from "@/lib/domains/manage-domains";
import { renewDomain } from "@/lib/domains/renewals/renew-domain";
import { ZChangeNameservers, ZDomainId, ZDomainRegistrant, ZDomainSwitch, ZRenewDomain } from "@/lib/domains/schemas";
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
 * already open for it. Paying it in place is the invoices' own payInvoicesAction (invoices.pay),
 * which applies the paid renewal at once.
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
