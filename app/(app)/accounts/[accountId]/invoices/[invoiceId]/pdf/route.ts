import { admitToAccountRoute, routeNotFound } from "@/lib/http/account-route";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { invoicePdfResponse } from "@/lib/invoices/invoice-pdf-response";

/**
 * The invoice as a PDF download. Checked on every request from the database: signed in, a
 * member of the account with invoices.view, and the invoice looked up inside that account.
 * Every refusal is the same 404, so an id of another account's invoice tells nothing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; invoiceId: string }> }) {
  const { accountId, invoiceId } = await params;
  const { access, refusal } = await admitToAccountRoute(accountId, "invoices.view");
  if (refusal) return refusal;

  const invoice = await invoiceDetails(accountId, invoiceId);
  if (!invoice) return routeNotFound();
  return invoicePdfResponse(invoice, access.account.documentLocale);
}
