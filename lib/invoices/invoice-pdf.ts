import { INVOICE_DATE } from "./invoice-date";
import type { InvoiceDisplayStatus } from "./invoice-status";
import { formatMoney, formatTaxRate } from "./money";
import { countryName } from "@/lib/geo/countries";
import type { PartySnapshot } from "./parties";
import { PdfCanvas } from "./pdf/pdf-canvas";

/** What the PDF shows: an invoice as invoiceDetails loads it. */
export type InvoicePdfData = {
  number: string;
  displayStatus: InvoiceDisplayStatus;
  currency: string;
  issuedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
  seller: PartySnapshot;
  buyer: PartySnapshot;
  lines: { description: string; quantity: number; unitPriceMinor: number; amountMinor: number }[];
  subtotalMinor: number;
  taxName: string;
  taxRateBp: number;
  taxMinor: number;
  totalMinor: number;
  payments: { methodLabel: string; gatewayReference: string; createdAt: Date }[];
};

/** The PDF's words, in the reader's language (messages `invoices.pdf`). */
export type InvoicePdfLabels = {
  title: string;
  number: string;
  billTo: string;
  taxId: string;
  issued: string;
  due: string;
  paid: string;
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  subtotal: string;
  total: string;
  payments: string;
  /** The name of a tax as this language writes it ("VAT" is "IVA", "MwSt."…); others as stored. */
  taxName: (stored: string) => string;
  status: Record<InvoiceDisplayStatus, string>;
  payment: (values: { date: string; method: string; reference: string }) => string;
  page: (values: { page: number; pages: number }) => string;
};

/**
 * The provider's brand on its invoices: the logo above the seller (a PNG or JPEG the PDF can
 * embed), the colour of the title, and a line at the foot of every page with how to reach
 * support. Absent: the neutral document as before.
 */
export type InvoicePdfBrand = { logo?: { bytes: Uint8Array; kind: "png" | "jpg" } | null; color?: string | null; footer?: string | null };

// Column right edges (from the left margin) of the lines table.
const QUANTITY_RIGHT = 330;
const UNIT_RIGHT = 415;
const AMOUNT_RIGHT = 495;

/**
 * Builds the invoice's PDF on the server: seller and buyer as they were at issue time, the
 * number, dates, lines, tax name, rate and amount, totals, status and payments. Standard
 * fonts only, so the text can be searched and extracted; long tables continue on new pages.
 */
export async function buildInvoicePdf(invoice: InvoicePdfData, labels: InvoicePdfLabels, locale = "en", brand: InvoicePdfBrand = {}): Promise<Uint8Array> {
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  const dateFormat = new Intl.DateTimeFormat(locale, INVOICE_DATE);
  const date = (value: Date) => dateFormat.format(value);
  const pdf = await PdfCanvas.create(`${labels.title} ${invoice.number}`);

  if (brand.logo) await pdf.image(brand.logo.bytes, brand.logo.kind, { maxWidth: 160, maxHeight: 40 });
  // Heading: the seller on the left, the document on the right.
  const top = pdf.y;
  pdf.text(invoice.seller.name, 0, { size: 14, bold: true });
  for (const line of partyLines(invoice.seller, labels, locale)) {
    pdf.down(13);
    pdf.text(line, 0, { grey: true });
  }
  const sellerBottom = pdf.y;
  pdf.y = top;
  pdf.textRight(labels.title, pdf.width, { size: 20, bold: true, color: brand.color ?? undefined });
  pdf.down(20);
  pdf.textRight(`${labels.number} ${invoice.number}`, pdf.width, { size: 11 });
  pdf.down(16);
  pdf.textRight(labels.status[invoice.displayStatus], pdf.width, { size: 12, bold: true });
  pdf.y = Math.min(sellerBottom, pdf.y) - 36;

  // The buyer on the left, the dates on the right.
  const buyerTop = pdf.y;
  pdf.text(labels.billTo, 0, { bold: true });
  pdf.down(14);
  pdf.text(invoice.buyer.name, 0, { size: 11 });
  for (const line of partyLines(invoice.buyer, labels, locale)) {
    pdf.down(13);
    pdf.text(line, 0);
  }
  const buyerBottom = pdf.y;
  pdf.y = buyerTop;
  const dates: [string, Date | null][] = [
    [labels.issued, invoice.issuedAt],
    [labels.due, invoice.dueAt],
    [labels.paid, invoice.paidAt],
  ];
  for (const [label, value] of dates.filter((entry): entry is [string, Date] => entry[1] !== null)) {
    pdf.text(label, 300, { grey: true });
    pdf.textRight(date(value), pdf.width);
    pdf.down(14);
  }
  pdf.y = Math.min(buyerBottom, pdf.y) - 30;

  // Lines, with the header again on every new page.
  const header = () => {
    pdf.text(labels.description, 0, { bold: true });
    pdf.textRight(labels.quantity, QUANTITY_RIGHT, { bold: true });
    pdf.textRight(labels.unitPrice, UNIT_RIGHT, { bold: true });
    pdf.textRight(labels.amount, AMOUNT_RIGHT, { bold: true });
    pdf.down(6);
    pdf.rule();
    pdf.down(12);
  };
  header();
  for (const line of invoice.lines) {
    const wrapped = pdf.wrap(line.description, QUANTITY_RIGHT - 50);
    if (pdf.down(0, wrapped.length * 13 + 4)) header();
    // Description first, so extracted text reads in order: the figures sit on its first line.
    wrapped.forEach((text, index) => {
      if (index > 0) pdf.down(13);
      pdf.text(text, 0);
      if (index > 0) return;
      pdf.textRight(String(line.quantity), QUANTITY_RIGHT);
      pdf.textRight(money(line.unitPriceMinor), UNIT_RIGHT);
      pdf.textRight(money(line.amountMinor), AMOUNT_RIGHT);
    });
    pdf.down(17);
  }

  // Totals.
  pdf.down(0, 70);
  pdf.rule();
  pdf.down(12);
  const totals: [string, number, boolean][] = [
    [labels.subtotal, invoice.subtotalMinor, false],
    [`${labels.taxName(invoice.taxName)} ${formatTaxRate(invoice.taxRateBp, locale)}`, invoice.taxMinor, false],
    [labels.total, invoice.totalMinor, true],
  ];
  for (const [label, amount, bold] of totals) {
    pdf.text(label, 300, { bold, size: bold ? 12 : 10 });
    pdf.textRight(money(amount), AMOUNT_RIGHT, { bold, size: bold ? 12 : 10 });
    pdf.down(16);
  }

  if (invoice.payments.length) {
    pdf.down(14, 40);
    pdf.text(labels.payments, 0, { bold: true });
    for (const payment of invoice.payments) {
      pdf.down(14);
      pdf.text(labels.payment({ date: date(payment.createdAt), method: payment.methodLabel, reference: payment.gatewayReference }), 0);
    }
  }

  pdf.numberPages((page, pages) => labels.page({ page, pages }), brand.footer ?? undefined);
  return pdf.save();
}

function partyLines(party: PartySnapshot, labels: Pick<InvoicePdfLabels, "taxId">, locale: string): string[] {
  return [...party.addressLines, party.country ? countryName(party.country, locale) : null, party.taxId ? `${labels.taxId} ${party.taxId}` : null, party.email ?? null].filter((line): line is string => !!line);
}
