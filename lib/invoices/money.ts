/**
 * Money as integer minor units (cents), never binary floats: amounts are added and taxed as
 * integers (BigInt where a product could pass 2^53) and turned into text only at the edge,
 * through a decimal string that Intl formats exactly. No "server-only" here: the demo seed
 * and the PDF builder use it too.
 */

/** ISO 4217 minor-unit exponents that differ from 2, for the currencies the app bills in. */
const MINOR_UNIT_EXPONENTS: Record<string, number> = { JPY: 0 };

/** The largest amount a column can hold: amounts are PostgreSQL `integer`s. */
export const MAX_MINOR = 2_147_483_647;

export function minorUnitExponent(currency: string): number {
  return MINOR_UNIT_EXPONENTS[currency.toUpperCase()] ?? 2;
}

/** An integer scaled by 10^-exponent as an exact decimal string: (123456, 2) → "1234.56". */
export function decimalString(value: number | bigint, exponent: number): `${number}` {
  const integer = BigInt(value);
  const digits = (integer < 0n ? -integer : integer).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${integer < 0n ? "-" : ""}${whole}${fraction}` as `${number}`;
}

/**
 * Tax on a subtotal at a rate in basis points (2100 = 21 %), rounded half up to the minor
 * unit (half away from zero for a negative amount, as commercial rounding does):
 * 1050 cents at 21 % is 220.5 → 221.
 */
export function taxAmount(subtotalMinor: number, taxRateBp: number): number {
  assertInteger(subtotalMinor, "subtotal");
  assertInteger(taxRateBp, "tax rate");
  const product = BigInt(subtotalMinor) * BigInt(taxRateBp);
  const magnitude = (product < 0n ? -product : product) + 5_000n;
  const rounded = magnitude / 10_000n; // BigInt division truncates: floor for non-negatives
  return Number(product < 0n ? -rounded : rounded);
}

/**
 * What paying a line does beyond settling money, applied once after payment by a job that
 * picks paid lines whose fulfilledAt is null (InvoiceLine in prisma/schema.prisma):
 * - CHARGE: nothing more (the default: a one-off charge, a line the provider wrote);
 * - SERVICE_PERIOD: the service's period [periodStart, periodEnd) is paid: its due date moves on;
 * - DOMAIN_RENEWAL: the registrar renews the domain for `years`;
 * - SERVICE_UPGRADE: the service moves to the plan `targetProductId` for the rest of its period;
 * - ORDER_ITEM: an order's item is provisioned (the order tables point at the line).
 */
export type InvoiceLinePurpose =
  | { purpose?: "CHARGE" }
  | { purpose: "SERVICE_PERIOD"; serviceId: string; periodStart: Date; periodEnd: Date }
  | { purpose: "DOMAIN_RENEWAL"; domainId: string; years: number }
  | { purpose: "SERVICE_UPGRADE"; serviceId: string; targetProductId: string; periodStart: Date; periodEnd: Date }
  | { purpose: "ORDER_ITEM" };

export type InvoiceLineInput = { description: string; quantity: number; unitPriceMinor: number; serviceId?: string | null } & InvoiceLinePurpose;
export type InvoiceLineAmounts = InvoiceLineInput & { position: number; amountMinor: number };
export type InvoiceAmounts = { lines: InvoiceLineAmounts[]; subtotalMinor: number; taxRateBp: number; taxMinor: number; totalMinor: number };

/**
 * An invoice's figures from its lines: each line's amount (quantity × unit price), the
 * subtotal, the tax on the subtotal (rounded once, not per line) and the total, all exact.
 * Refuses what the database could not hold rather than storing a wrapped number.
 */
export function buildInvoiceAmounts(lines: readonly InvoiceLineInput[], taxRateBp: number): InvoiceAmounts {
  if (lines.length === 0) throw new RangeError("An invoice needs at least one line.");
  const built = lines.map((line, index) => {
    assertInteger(line.quantity, "quantity");
    assertInteger(line.unitPriceMinor, "unit price");
    return { ...line, position: index + 1, amountMinor: withinColumn(BigInt(line.quantity) * BigInt(line.unitPriceMinor), "line amount") };
  });
  const subtotalMinor = withinColumn(
    built.reduce((sum, line) => sum + BigInt(line.amountMinor), 0n),
    "subtotal",
  );
  const taxMinor = taxAmount(subtotalMinor, taxRateBp);
  const totalMinor = withinColumn(BigInt(subtotalMinor) + BigInt(taxMinor), "total");
  return { lines: built, subtotalMinor, taxRateBp, taxMinor, totalMinor };
}

/**
 * Formatters by their locale and options: building an Intl.NumberFormat costs about 17 times
 * what formatting with one does, and a list page formats hundreds of amounts. A handful of
 * locales and currencies exist, so the map stays small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** "€1,234.56" (in the reader's locale, in the amount's own currency), computed exactly. */
export function formatMoney(amountMinor: number | bigint, currency: string, locale = "en"): string {
  const exponent = minorUnitExponent(currency);
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent }).format(decimalString(amountMinor, exponent));
}

/** A rate in basis points as a percentage: 2100 → "21%", 1050 → "10.5%". */
export function formatTaxRate(taxRateBp: number, locale = "en"): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(decimalString(taxRateBp, 4));
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`The ${what} must be a whole number of minor units, not ${value}.`);
}

function withinColumn(value: bigint, what: string): number {
  if (value > BigInt(MAX_MINOR) || value < -BigInt(MAX_MINOR)) throw new RangeError(`The ${what} is too large for one invoice.`);
  return Number(value);
}
