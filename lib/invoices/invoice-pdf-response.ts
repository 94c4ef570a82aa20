import "server-only";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import type { InvoiceDetails } from "./invoice-details";
import { buildInvoicePdf } from "./invoice-pdf";
import { invoicePdfLabels } from "./invoice-pdf-labels";
import { invoicePdfBrand } from "./invoice-pdf-brand";
import { translatorFor } from "@/lib/i18n/messages";

/** The invoice's PDF in the account's document language (English when it is not one the app ships), with the provider's brand. */
export function invoicePdfBytes(invoice: InvoiceDetails, documentLocale: string): Promise<Uint8Array> {
  const locale = isLocale(documentLocale) ? documentLocale : defaultLocale;
  return buildInvoicePdf(invoice, invoicePdfLabels(locale), locale, invoicePdfBrand(translatorFor(locale)));
}

/** The PDF's file name, the same for the download and the email's attachment. */
export function invoicePdfFilename(number: string): string {
  return `invoice-${number.replace(/[^A-Za-z0-9._-]/g, "_")}.pdf`;
}

/**
 * The invoice's PDF as a download, in the account's document language whoever asks (a member
 * on the invoice page, the provider through its API): an invoice reads the same for all.
 */
export async function invoicePdfResponse(invoice: InvoiceDetails, documentLocale: string): Promise<Response> {
  const pdf = await invoicePdfBytes(invoice, documentLocale);
  const filename = invoicePdfFilename(invoice.number);
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
