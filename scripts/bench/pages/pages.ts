import { ACCOUNT_SECTIONS } from "../../../lib/permissions/account-sections";
import type { Targets } from "./database";

export type BenchPage = { name: string; path: string; signedIn: boolean };

/** The baseline every page is compared with: the bare page (app/bench/bare), signed out. */
export const BARE: BenchPage = { name: "bare page (signed out)", path: "/bench/bare", signedIn: false };

/**
 * What the bench measures: the bare page signed out and signed in, every page of the
 * account area (ACCOUNT_SECTIONS, with one service, invoice, ticket and contact of the large
 * account), the unpaid-invoices filter, the invoice PDF, and the user area.
 */
export function benchPages(targets: Targets): BenchPage[] {
  const ids: Record<string, string> = {
    "[serviceId]": targets.serviceId,
    "[invoiceId]": targets.invoiceId,
    "[ticketId]": targets.ticketId,
    "[contactId]": targets.contactId,
  };
  const account = `/accounts/${targets.accountId}`;
  const sections = ACCOUNT_SECTIONS.map(({ segment }) => ({
    name: segment || "overview",
    path: `${account}${segment ? "/" : ""}${segment.replace(/\[\w+\]/g, (param) => ids[param]!)}`,
    signedIn: true,
  }));
  return [
    BARE,
    { name: "bare page (signed in)", path: "/bench/bare", signedIn: true },
    ...sections,
    { name: "invoices?status=unpaid", path: `${account}/invoices?status=unpaid`, signedIn: true },
    { name: "invoices/[invoiceId]/pdf", path: `${account}/invoices/${targets.invoiceId}/pdf`, signedIn: true },
    { name: "/user", path: "/user", signedIn: true },
    { name: "/user/accounts", path: "/user/accounts", signedIn: true },
    { name: "/user/security", path: "/user/security", signedIn: true },
  ];
}
