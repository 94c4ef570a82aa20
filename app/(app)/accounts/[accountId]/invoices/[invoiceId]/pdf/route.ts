import { admitToAccountRoute, routeNotFound } from "@/lib/http/account-route";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { buildInvoicePdf } from "@/lib/invoices/invoice-pdf";
import { invoicePdfLabels } from "@/lib/invoices/invoice-pdf-labels";

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
  // The account's document language, whoever downloads it: an invoice reads the same for all.
  const locale = isLocale(access.account.documentLocale) ? access.account.documentLocale : defaultLocale;
  const pdf = await buildInvoicePdf(invoice, invoicePdfLabels(locale), locale);
  const filename = `invoice-${invoice.number.replace(/[^A-Za-z0-9._-]/g, "_")}.pdf`;
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
