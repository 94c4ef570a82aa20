import { describe, expect, it } from "vitest";
import { daysBetween, monthsBefore, prorateUpgrade } from "@/lib/services/upgrades/proration";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("monthsBefore", () => {
  it("keeps the day of the month when the earlier month has it", () => {
    expect(monthsBefore(day("2026-05-15"), 1).toISOString()).toBe("2026-04-15T00:00:00.000Z");
    expect(monthsBefore(day("2026-01-10"), 3).toISOString()).toBe("2025-10-10T00:00:00.000Z");
  });
  it("falls back to the last day of a shorter month, leap years included", () => {
    expect(monthsBefore(day("2026-03-31"), 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(monthsBefore(day("2028-03-31"), 1).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(monthsBefore(day("2026-12-31"), 6).toISOString()).toBe("2026-06-30T00:00:00.000Z");
  });
  it("crosses years for long cycles", () => {
    expect(monthsBefore(day("2027-02-28"), 24).toISOString()).toBe("2025-02-28T00:00:00.000Z");
  });
});

describe("prorateUpgrade", () => {
  it("charges the difference for the remaining days of a 30-day month", () => {
    // April has 30 days; upgrading on the 16th leaves 15 of them: half the difference.
    const result = prorateUpgrade({ currentMinor: 499, targetMinor: 999, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: new Date("2026-04-16T13:45:00Z") });
    expect(result).toEqual({ amountMinor: 250, remainingDays: 15, periodDays: 30 });
  });

  it("counts February's 28 days, and 29 in a leap year", () => {
    const common = prorateUpgrade({ currentMinor: 1000, targetMinor: 2000, periodStart: day("2026-02-01"), periodEnd: day("2026-03-01"), now: day("2026-02-15") });
    expect(common).toEqual({ amountMinor: 500, remainingDays: 14, periodDays: 28 });
    const leap = prorateUpgrade({ currentMinor: 1000, targetMinor: 2000, periodStart: day("2028-02-01"), periodEnd: day("2028-03-01"), now: day("2028-02-15") });
    // 1000 × 15 / 29 = 517.24… → 517
    expect(leap).toEqual({ amountMinor: 517, remainingDays: 15, periodDays: 29 });
  });

  it("rounds half up to the cent with integers", () => {
    // 1 × 15 / 30 = 0.5 → 1; 1 × 14 / 30 = 0.466… → 0
    expect(prorateUpgrade({ currentMinor: 0, targetMinor: 1, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: day("2026-04-16") }).amountMinor).toBe(1);
    expect(prorateUpgrade({ currentMinor: 0, targetMinor: 1, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: day("2026-04-17") }).amountMinor).toBe(0);
  });

  it("charges one day on the last day of the period and the whole difference on its first", () => {
    const last = prorateUpgrade({ currentMinor: 1290, targetMinor: 2490, periodStart: day("2026-01-31"), periodEnd: day("2026-02-28"), now: new Date("2026-02-27T23:59:59Z") });
    expect(last).toEqual({ amountMinor: Math.round(1200 / 28), remainingDays: 1, periodDays: 28 });
    const first = prorateUpgrade({ currentMinor: 1290, targetMinor: 2490, periodStart: day("2026-01-31"), periodEnd: day("2026-02-28"), now: day("2026-01-31") });
    expect(first).toEqual({ amountMinor: 1200, remainingDays: 28, periodDays: 28 });
  });

  it("charges nothing for a period already over, or a cheaper plan", () => {
    expect(prorateUpgrade({ currentMinor: 499, targetMinor: 999, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: day("2026-05-01") })).toEqual({ amountMinor: 0, remainingDays: 0, periodDays: 30 });
    expect(prorateUpgrade({ currentMinor: 499, targetMinor: 999, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: day("2026-06-20") }).amountMinor).toBe(0);
    expect(prorateUpgrade({ currentMinor: 999, targetMinor: 499, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: day("2026-04-10") }).amountMinor).toBe(0);
  });

  it("prorates an annual period over 365 or 366 days", () => {
    const annual = prorateUpgrade({ currentMinor: 10_789, targetMinor: 21_589, periodStart: day("2027-06-01"), periodEnd: day("2028-06-01"), now: day("2027-12-01") });
    expect(annual.periodDays).toBe(366);
    expect(annual.remainingDays).toBe(183);
    expect(annual.amountMinor).toBe(5400); // 10 800 × 183 / 366 exactly
  });

  it("refuses money that is not a whole number of cents", () => {
    expect(() => prorateUpgrade({ currentMinor: 4.99, targetMinor: 999, periodStart: day("2026-04-01"), periodEnd: day("2026-05-01"), now: day("2026-04-10") })).toThrow(RangeError);
  });

  it("counts UTC calendar days", () => {
    expect(daysBetween(new Date("2026-03-28T23:00:00Z"), new Date("2026-03-29T01:00:00Z"))).toBe(1);
  });
});
