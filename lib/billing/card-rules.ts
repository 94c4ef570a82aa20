/**
 * Checks a card's number, expiry and security code before it goes to a gateway. Pure, no
 * "server-only": the form's schema and the demo gateway use the same rules, and the demo
 * seed saves its cards through the demo gateway.
 */

/** The digits of a card number as typed ("4242 4242-4242 4242"). */
export function cardDigits(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** The Luhn checksum every card number carries: it catches a mistyped digit or two swapped. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export type CardBrand = "Visa" | "Mastercard" | "American Express" | "Discover" | "Card";

export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return "Visa";
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return "Mastercard";
  if (/^3[47]/.test(digits)) return "American Express";
  if (/^(6011|65)/.test(digits)) return "Discover";
  return "Card";
}

/** "MM/YY" or "MM/YYYY" as typed on a card, or null. */
export function parseExpiry(input: string): { expMonth: number; expYear: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input);
  if (!match) return null;
  const expMonth = Number(match[1]);
  const expYear = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return expMonth >= 1 && expMonth <= 12 ? { expMonth, expYear } : null;
}

/** A card works through the last day of its expiry month. */
export function isExpired(expiry: { expMonth: number; expYear: number }, now: Date): boolean {
  return expiry.expYear * 12 + expiry.expMonth < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
}

/** American Express prints four digits on the front; other brands three on the back. */
export function isValidCvc(cvc: string, brand: CardBrand): boolean {
  return brand === "American Express" ? /^\d{4}$/.test(cvc) : /^\d{3}$/.test(cvc);
}
