import { getCurrentUser } from "@/lib/auth/current-user";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { buildInvoicePdf } from "@/lib/invoices/invoice-pdf";
import { invoicePdfLabels } from "@/lib/invoices/invoice-pdf-labels";
import { loadAccountAccess, meets } from "@/lib/permissions/account-access";
import { takeSeat } from "@/lib/seats/seats";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/**
 * The invoice as a PDF download. Checked on every request from the database: signed in, a
 * member of the account with invoices.view, and the invoice looked up inside that account.
 * Every refusal is the same 404, so an id of another account's invoice tells nothing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; invoiceId: string }> }) {
  const { accountId, invoiceId } = await params;
  const user = await getCurrentUser();
  const access = user && UUID.test(accountId) ? await loadAccountAccess(user, accountId) : null;
  if (!user || !access || !meets(access, "invoices.view")) return notFound();
  // The account's seat limit covers downloads like pages (lib/seats).
  const admission = await takeSeat({ accountId, userId: user.id, sessionId: user.sessionId, isOwner: access.isOwner });
  if (!admission.admitted) return new Response("All seats of this account are in use.", { status: 409, headers: { "Cache-Control": "private, no-store" } });

  const invoice = await invoiceDetails(accountId, invoiceId);
  if (!invoice) return notFound();
  // The signed-in user's language, as pages use (lib/i18n/request.ts).
  const locale = isLocale(user.locale) ? user.locale : defaultLocale;
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
