"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { changeNameservers, changeRegistrant, setDomainSwitch } from "@/lib/domains/manage-domains";
import { ZChangeNameservers, ZDomainId, ZDomainRegistrant, ZDomainSwitch } from "@/lib/domains/schemas";
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
