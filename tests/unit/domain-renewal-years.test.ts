import { describe, expect, it } from "vitest";
import { DEFAULT_RENEW_INVOICE_DAYS_BEFORE, renewInvoiceDaysBefore } from "@/lib/domains/renewals/auto-renew-window";
import { addYears, maxRenewalYears, renewedExpiry } from "@/lib/domains/renewals/renewal-years";

const now = new Date("2026-12-02T12:00:00Z");

describe("how many years a renewal may add", () => {
  it("is up to ten for a domain expiring soon, fewer the further ahead it already is", () => {
    expect(maxRenewalYears(new Date("2026-12-14T12:00:00Z"), now)).toBe(9);
    expect(maxRenewalYears(new Date("2026-12-02T11:00:00Z"), now)).toBe(10);
    expect(maxRenewalYears(new Date("2034-12-02T12:00:00Z"), now)).toBe(2);
    expect(maxRenewalYears(new Date("2034-12-03T12:00:00Z"), now)).toBe(1);
    expect(maxRenewalYears(new Date("2036-01-01T00:00:00Z"), now)).toBe(0);
  });

  it("renews an expired domain from today (its grace period), a live one from its expiry", () => {
    expect(renewedExpiry(new Date("2026-11-20T00:00:00Z"), 2, now)).toEqual(new Date("2028-12-02T12:00:00Z"));
    expect(renewedExpiry(new Date("2027-01-15T00:00:00Z"), 2, now)).toEqual(new Date("2029-01-15T00:00:00Z"));
  });

  it("keeps the calendar day in UTC; 29 February lands on 1 March", () => {
    expect(addYears(new Date("2028-02-29T00:00:00Z"), 1)).toEqual(new Date("2029-03-01T00:00:00Z"));
  });
});

describe("DOMAIN_RENEW_INVOICE_DAYS_BEFORE", () => {
  it("is read from the environment, and falls back to 30 for anything that is not 1 to 365 whole days", () => {
    expect(renewInvoiceDaysBefore({ DOMAIN_RENEW_INVOICE_DAYS_BEFORE: "45" })).toBe(45);
    expect(DEFAULT_RENEW_INVOICE_DAYS_BEFORE).toBe(30);
    for (const value of [undefined, "", "0", "-3", "2.5", "thirty", "400"]) expect(renewInvoiceDaysBefore({ DOMAIN_RENEW_INVOICE_DAYS_BEFORE: value })).toBe(30);
  });
});
