import { describe, expect, it } from "vitest";
import { buildInvoiceAmounts, decimalString, formatMoney, formatTaxRate, MAX_MINOR, taxAmount } from "@/lib/invoices/money";
import { displayStatus, parseInvoiceFilter } from "@/lib/invoices/invoice-status";
import { formatInvoiceNumber } from "@/lib/invoices/invoice-number";

describe("tax", () => {
  it("rounds half up to the cent", () => {
    expect(taxAmount(1050, 2100)).toBe(221); // 220.5
    expect(taxAmount(1049, 2100)).toBe(220); // 220.29
    expect(taxAmount(1071, 2100)).toBe(225); // 224.91
    expect(taxAmount(50, 1000)).toBe(5); // 5.0
    expect(taxAmount(5, 1000)).toBe(1); // 0.5
    expect(taxAmount(4, 1000)).toBe(0); // 0.4
  });

  it("rounds half away from zero for a negative amount, symmetric with positives", () => {
    expect(taxAmount(-1050, 2100)).toBe(-221);
    expect(taxAmount(-1049, 2100)).toBe(-220);
  });

  it("handles rates with fractions of a percent and the zero rate", () => {
    expect(taxAmount(10_000, 1050)).toBe(1050);
    expect(taxAmount(333, 825)).toBe(27); // 27.4725
    expect(taxAmount(12_345, 0)).toBe(0);
  });

  it("is exact where floating point is not: 0.1 + 0.2 style amounts and large ones", () => {
    // 1.15 * 100 is 114.99999999999999 in floats; in minor units it is simply 115.
    expect(taxAmount(115, 10_000)).toBe(115);
    expect(taxAmount(MAX_MINOR, 2100)).toBe(450_971_566); // 450,971,565.87 rounds up
  });

  it("refuses fractions of a cent", () => {
    expect(() => taxAmount(10.5, 2100)).toThrow(RangeError);
    expect(() => taxAmount(100, 21.5)).toThrow(RangeError);
  });
});

describe("building an invoice from lines", () => {
  it("computes line amounts, subtotal, tax on the subtotal, and the total", () => {
    const amounts = buildInvoiceAmounts(
      [
        { description: "Web Hosting Pro", quantity: 1, unitPriceMinor: 1499 },
        { description: "Extra mailbox", quantity: 3, unitPriceMinor: 199 },
      ],
      2100,
    );
    expect(amounts.lines.map((line) => [line.position, line.amountMinor])).toEqual([
      [1, 1499],
      [2, 597],
    ]);
    expect(amounts).toMatchObject({ subtotalMinor: 2096, taxRateBp: 2100, taxMinor: 440, totalMinor: 2536 }); // 440.16
  });

  it("rounds the tax once on the subtotal, not per line", () => {
    // Per line: 0.21 → 0 each, 0 in total. On the subtotal: 3 × 1 = 3 cents at 21 % = 0.63 → 1.
    const amounts = buildInvoiceAmounts(
      [1, 2, 3].map((n) => ({ description: `Item ${n}`, quantity: 1, unitPriceMinor: 1 })),
      2100,
    );
    expect(amounts.taxMinor).toBe(1);
    expect(amounts.totalMinor).toBe(4);
  });

  it("refuses an empty invoice and totals the database could not hold", () => {
    expect(() => buildInvoiceAmounts([], 2100)).toThrow(RangeError);
    expect(() => buildInvoiceAmounts([{ description: "Big", quantity: 2, unitPriceMinor: MAX_MINOR }], 0)).toThrow(/too large/);
    expect(() => buildInvoiceAmounts([{ description: "Big", quantity: 1, unitPriceMinor: MAX_MINOR }], 2100)).toThrow(/too large/);
    expect(() => buildInvoiceAmounts([{ description: "Half", quantity: 1, unitPriceMinor: 0.5 }], 0)).toThrow(RangeError);
  });
});

describe("formatting", () => {
  it("writes minor units as exact decimals", () => {
    expect(decimalString(123456, 2)).toBe("1234.56");
    expect(decimalString(5, 2)).toBe("0.05");
    expect(decimalString(-5, 2)).toBe("-0.05");
    expect(decimalString(0, 2)).toBe("0.00");
    expect(decimalString(1234, 0)).toBe("1234");
    expect(decimalString(9_007_199_254_740_993n, 2)).toBe("90071992547409.93");
  });

  it("formats amounts in the invoice's own currency and the reader's locale", () => {
    expect(formatMoney(123456, "EUR", "en")).toBe("€1,234.56");
    expect(formatMoney(123456, "EUR", "es").replace(/\s/g, " ")).toBe("1234,56 €");
    expect(formatMoney(123456, "USD", "en")).toBe("$1,234.56");
    expect(formatMoney(123456, "JPY", "en")).toBe("¥123,456");
    expect(formatMoney(-250, "GBP", "en")).toBe("-£2.50");
    expect(formatMoney(2n ** 60n, "EUR", "en")).toBe("€11,529,215,046,068,469.76");
  });

  it("shows tax rates from basis points", () => {
    expect(formatTaxRate(2100)).toBe("21%");
    expect(formatTaxRate(1050)).toBe("10.5%");
    expect(formatTaxRate(825)).toBe("8.25%");
    expect(formatTaxRate(0)).toBe("0%");
  });

  it("numbers invoices per year with a fixed width", () => {
    expect(formatInvoiceNumber(2026, 42)).toBe("INV-2026-000042");
  });
});

describe("invoice status", () => {
  const now = new Date("2026-06-15T12:00:00Z");

  it("is overdue only while unpaid past the due date", () => {
    expect(displayStatus({ status: "UNPAID", dueAt: new Date("2026-06-15T11:59:59Z") }, now)).toBe("OVERDUE");
    expect(displayStatus({ status: "UNPAID", dueAt: new Date("2026-06-15T12:00:00Z") }, now)).toBe("UNPAID");
    expect(displayStatus({ status: "PAID", dueAt: new Date("2026-01-01T00:00:00Z") }, now)).toBe("PAID");
    expect(displayStatus({ status: "CANCELLED", dueAt: new Date("2026-01-01T00:00:00Z") }, now)).toBe("CANCELLED");
  });

  it("reads the filter from the URL, anything unknown as all", () => {
    expect(parseInvoiceFilter("overdue")).toBe("overdue");
    expect(parseInvoiceFilter("OVERDUE")).toBe("all");
    expect(parseInvoiceFilter(undefined)).toBe("all");
    expect(parseInvoiceFilter("'; drop table")).toBe("all");
  });
});
