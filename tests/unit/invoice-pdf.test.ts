import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { buildInvoicePdf, type InvoicePdfData } from "@/lib/invoices/invoice-pdf";
import { invoicePdfLabels } from "@/lib/invoices/invoice-pdf-labels";
import { winAnsiSafe } from "@/lib/invoices/pdf/win-ansi";

function invoice(overrides: Partial<InvoicePdfData> = {}): InvoicePdfData {
  return {
    number: "INV-2026-000123",
    displayStatus: "UNPAID",
    currency: "EUR",
    issuedAt: new Date("2026-03-01T10:00:00Z"),
    dueAt: new Date("2026-03-15T10:00:00Z"),
    paidAt: null,
    seller: { name: "Example Hosting, S.L.", taxId: "ESB00000000", addressLines: ["Calle Ejemplo 1", "28001 Madrid"], country: "ES", email: "billing@hosting.example" },
    buyer: { name: "Pérez & Müller, S.L.", taxId: "ESA12345678", addressLines: ["Calle de Alcalá 42", "28014 Madrid"], country: "ES" },
    lines: [
      { description: "Web Hosting Pro (empresa.example), March 2026", quantity: 1, unitPriceMinor: 1499, amountMinor: 1499 },
      { description: "Extra mailbox", quantity: 3, unitPriceMinor: 199, amountMinor: 597 },
    ],
    subtotalMinor: 2096,
    taxName: "IVA",
    taxRateBp: 2100,
    taxMinor: 440,
    totalMinor: 2536,
    payments: [],
    ...overrides,
  };
}

async function pdfText(data: InvoicePdfData): Promise<{ text: string; pages: number }> {
  const bytes = await buildInvoicePdf(data, invoicePdfLabels("en"), "en");
  const document = await getDocumentProxy(bytes);
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text, pages: totalPages };
}

describe("the invoice PDF", () => {
  it("holds, as extractable text, the number, parties, dates, lines, tax and totals", async () => {
    const { text, pages } = await pdfText(invoice());
    expect(pages).toBe(1);
    for (const expected of [
      "INVOICE",
      "INV-2026-000123",
      "UNPAID",
      "Example Hosting, S.L.",
      "ESB00000000",
      "Pérez & Müller, S.L.",
      "Calle de Alcalá 42",
      "Spain",
      "Mar 1, 2026",
      "Mar 15, 2026",
      "Web Hosting Pro (empresa.example), March 2026",
      "Web Hosting Pro (empresa.example), March 2026 1 €14.99 €14.99",
      "Extra mailbox 3 €1.99 €5.97",
      "€20.96",
      "IVA 21%",
      "€4.40",
      "€25.36",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows the status it is given and the payments", async () => {
    const { text } = await pdfText(
      invoice({ displayStatus: "PAID", paidAt: new Date("2026-03-04T09:00:00Z"), payments: [{ methodLabel: "Visa •••• 4242", gatewayReference: "demo_ch_abc", createdAt: new Date("2026-03-04T09:00:00Z") }] }),
    );
    expect(text).toContain("PAID");
    expect(text).not.toContain("UNPAID");
    expect(text).toContain("Paid on");
    expect(text).toContain("Visa •••• 4242");
    expect(text).toContain("demo_ch_abc");
    expect((await pdfText(invoice({ displayStatus: "OVERDUE" }))).text).toContain("OVERDUE");
    expect((await pdfText(invoice({ displayStatus: "CANCELLED" }))).text).toContain("CANCELLED");
  });

  it("does not break on characters the standard fonts cannot encode: they are replaced", async () => {
    const { text } = await pdfText(invoice({ buyer: { name: "Łódź 東京 Ωmega Őrség", taxId: null, addressLines: ["ul. Piotrkowska 1\nline two"], country: "PL" } }));
    expect(text).toContain("?ódz ?? ?mega Orség");
    expect(text).toContain("ul. Piotrkowska 1 line two");
    expect(text).toContain("Poland");
  });

  it("continues long invoices on further pages with every line", async () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({ description: `Service line ${i + 1} with a description long enough to wrap onto a second line in the table column`, quantity: 1, unitPriceMinor: 100, amountMinor: 100 }));
    const { text, pages } = await pdfText(invoice({ lines, subtotalMinor: 8000, taxMinor: 1680, totalMinor: 9680 }));
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain("Service line 1 ");
    expect(text).toContain("Service line 80 ");
    expect(text).toContain("€96.80");
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("formats amounts in the invoice's currency", async () => {
    const { text } = await pdfText(invoice({ currency: "JPY", lines: [{ description: "VPS", quantity: 1, unitPriceMinor: 5000, amountMinor: 5000 }], subtotalMinor: 5000, taxRateBp: 1000, taxName: "JCT", taxMinor: 500, totalMinor: 5500 }));
    expect(text).toContain("¥5,500");
    expect(text).toContain("JCT 10%");
  });
});

describe("making text fit WinAnsi", () => {
  const set = new Set(Array.from({ length: 256 }, (_, i) => i).filter((i) => i >= 32 && i !== 127));

  it("keeps what fits, strips accents that do not, and replaces the rest", () => {
    expect(winAnsiSafe("Pérez Müller", set)).toBe("Pérez Müller");
    expect(winAnsiSafe("Őrség", set)).toBe("Orség");
    expect(winAnsiSafe("東京", set)).toBe("??");
    expect(winAnsiSafe("1\u202f234,56\u00a0€", set)).toBe("1 234,56 ?");
    expect(winAnsiSafe("a\tb\r\nc", set)).toBe("a b c");
  });
});

describe("the invoice PDF with the provider's brand", () => {
  // A 1×1 PNG: the smallest logo pdf-lib embeds.
  const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

  it("embeds the logo and writes the support line at the foot of every page", async () => {
    const bytes = await buildInvoicePdf(invoice(), invoicePdfLabels("en"), "en", { logo: { bytes: PNG, kind: "png" }, color: "#0f766e", footer: "Support: help@nube.example · Phone: +34 910 000 000" });
    expect(Buffer.from(bytes).toString("latin1")).toContain("/Subtype /Image");
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain("Support: help@nube.example · Phone: +34 910 000 000");
    expect(text).toContain("INV-2026-000123");
  });

  it("is the neutral document without a brand: no image, no support line", async () => {
    const bytes = await buildInvoicePdf(invoice(), invoicePdfLabels("en"), "en");
    expect(Buffer.from(bytes).toString("latin1")).not.toContain("/Subtype /Image");
  });
});
