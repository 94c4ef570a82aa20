import { translatorFor } from "@/lib/i18n/messages";
import type { InvoicePdfLabels } from "./invoice-pdf";

/**
 * Value added tax, the tax the provider's settings name "VAT" by default, is written the way
 * the reader's language writes it (IVA, MwSt.); any other tax name is shown as stored.
 */
export function localTaxName(locale: string, stored: string): string {
  return stored === "VAT" ? translatorFor(locale)("invoices.vat") : stored;
}

/** The PDF's words from the messages (`invoices.pdf`), in the reader's language. */
export function invoicePdfLabels(locale: string): InvoicePdfLabels {
  const t = translatorFor(locale);
  return {
    title: t("invoices.pdf.title"),
    number: t("invoices.pdf.number"),
    billTo: t("invoices.pdf.billTo"),
    taxId: t("invoices.pdf.taxId"),
    issued: t("invoices.pdf.issued"),
    due: t("invoices.pdf.due"),
    paid: t("invoices.pdf.paid"),
    description: t("invoices.pdf.description"),
    quantity: t("invoices.pdf.quantity"),
    unitPrice: t("invoices.pdf.unitPrice"),
    amount: t("invoices.pdf.amount"),
    subtotal: t("invoices.pdf.subtotal"),
    total: t("invoices.pdf.total"),
    payments: t("invoices.pdf.payments"),
    taxName: (stored) => localTaxName(locale, stored),
    status: { UNPAID: t("invoices.pdf.status.UNPAID"), OVERDUE: t("invoices.pdf.status.OVERDUE"), PAID: t("invoices.pdf.status.PAID"), CANCELLED: t("invoices.pdf.status.CANCELLED") },
    payment: (values) => t("invoices.pdf.payment", values),
    page: (values) => t("invoices.pdf.page", values),
  };
}
