import { describe, expect, it } from "vitest";
import { cardBrand, isExpired, parseExpiry, passesLuhn } from "@/lib/billing/card-rules";
import { demoGateway } from "@/lib/billing/gateways/demo-gateway";
import { ZAddCard, ZBillingDetails, ZInvoiceEmails } from "@/lib/billing/schemas";

const card = { number: "4242424242424242", expMonth: 12, expYear: new Date().getUTCFullYear() + 2, cvc: "123", holderName: "Ana Silva" };

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
}

describe("card rules", () => {
  it("check the Luhn digit, so a mistyped digit is caught before the gateway", () => {
    expect(passesLuhn("4242424242424242")).toBe(true);
    expect(passesLuhn("4000000000000002")).toBe(true);
    expect(passesLuhn("5555555555554444")).toBe(true);
    expect(passesLuhn("378282246310005")).toBe(true);
    expect(passesLuhn("4242424242424241")).toBe(false);
    expect(passesLuhn("4242")).toBe(false);
    expect(passesLuhn("42424242424242a2")).toBe(false);
  });

  it("name the brand from the first digits", () => {
    expect(cardBrand("4242424242424242")).toBe("Visa");
    expect(cardBrand("5555555555554444")).toBe("Mastercard");
    expect(cardBrand("2223003122003222")).toBe("Mastercard");
    expect(cardBrand("378282246310005")).toBe("American Express");
    expect(cardBrand("6011111111111117")).toBe("Discover");
  });

  it("read an expiry as typed and count the expiry month as still valid", () => {
    expect(parseExpiry("08/29")).toEqual({ expMonth: 8, expYear: 2029 });
    expect(parseExpiry(" 8 / 2029 ")).toEqual({ expMonth: 8, expYear: 2029 });
    expect(parseExpiry("13/29")).toBeNull();
    expect(parseExpiry("0829")).toBeNull();
    const now = new Date("2026-06-30T23:59:00Z");
    expect(isExpired({ expMonth: 6, expYear: 2026 }, now)).toBe(false);
    expect(isExpired({ expMonth: 5, expYear: 2026 }, now)).toBe(true);
    expect(isExpired({ expMonth: 1, expYear: 2027 }, now)).toBe(false);
  });
});

describe("the demo gateway", () => {
  it("returns a token, the brand and the last four digits, and nothing that holds the number or CVC", async () => {
    const result = await demoGateway.tokenize(card);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.card).toMatchObject({ brand: "Visa", last4: "4242", expMonth: 12 });
    expect(JSON.stringify(result.card)).not.toContain("424242424242");
    expect(result.card.token).not.toContain("123");
    expect(Object.keys(result.card).sort()).toEqual(["brand", "expMonth", "expYear", "last4", "token"]);
  });

  it("refuses an invalid number, an expired card or a wrong CVC", async () => {
    expect(await demoGateway.tokenize({ ...card, number: "4242424242424241" })).toEqual({ ok: false, reason: "invalid_number" });
    expect(await demoGateway.tokenize({ ...card, expYear: 2020 })).toEqual({ ok: false, reason: "expired_card" });
    expect(await demoGateway.tokenize({ ...card, cvc: "12" })).toEqual({ ok: false, reason: "invalid_cvc" });
    expect(await demoGateway.tokenize({ ...card, number: "378282246310005", cvc: "123" })).toEqual({ ok: false, reason: "invalid_cvc" });
  });
});

describe("billing forms", () => {
  it("take a card with spaces, and put each mistake on its field", () => {
    expect(ZAddCard.parse({ holderName: " Ana ", number: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" })).toEqual({ holderName: "Ana", number: "4242424242424242", expiry: { expMonth: 12, expYear: 2040 }, cvc: "123" });
    expect(issues(ZAddCard.safeParse({ holderName: "", number: "4242 4242 4242 4241", expiry: "13/40", cvc: "123" }))).toEqual({ holderName: "cardHolderRequired", number: "cardNumberInvalid", expiry: "cardExpiryInvalid" });
    expect(issues(ZAddCard.safeParse({ holderName: "Ana", number: "4242424242424242", expiry: "01/20", cvc: "123" }))).toEqual({ expiry: "cardExpired" });
    expect(issues(ZAddCard.safeParse({ holderName: "Ana", number: "4242424242424242", expiry: "01/40", cvc: "12a" }))).toEqual({ cvc: "cardCvcInvalid" });
  });

  it("take up to five valid invoice addresses, lower-cased, each once", () => {
    expect(ZInvoiceEmails.parse("Books@Example.test, books@example.test\nother@example.test;  ")).toEqual(["books@example.test", "other@example.test"]);
    expect(ZInvoiceEmails.parse("")).toEqual([]);
    expect(ZInvoiceEmails.parse(undefined)).toEqual([]);
    expect(issues(ZInvoiceEmails.safeParse("good@example.test, not-an-address"))).toEqual({ form: "invoiceEmailInvalid" });
    expect(issues(ZInvoiceEmails.safeParse(Array.from({ length: 6 }, (_, i) => `a${i}@example.test`).join(",")))).toEqual({ form: "invoiceEmailsTooMany" });
  });

  it("are the invoice addresses alone: the company details are the account's settings, not billing's", () => {
    expect(ZBillingDetails.parse({ invoiceEmails: "" })).toEqual({ invoiceEmails: [] });
    expect(issues(ZBillingDetails.safeParse({ invoiceEmails: "nope" }))).toEqual({ invoiceEmails: "invoiceEmailInvalid" });
    // A legal name sent to the billing form is not taken from there (one place for company details).
    expect(ZBillingDetails.parse({ legalName: "Other, S.L.", invoiceEmails: "" })).toEqual({ invoiceEmails: [] });
  });
});
