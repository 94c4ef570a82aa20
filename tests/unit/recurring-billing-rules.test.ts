import { describe, expect, it } from "vitest";
import { enabledJobs } from "@/lib/jobs/enabled-jobs";
import type { JobDefinition } from "@/lib/jobs/types";
import { addMonthsUtc, servicePeriod } from "@/lib/recurring-billing/periods";
import { reminderPlan } from "@/lib/recurring-billing/reminder-plan";
import { billingSettings } from "@/lib/recurring-billing/settings";

const at = (iso: string) => new Date(iso);
const settings = billingSettings({});

describe("service periods", () => {
  it("adds calendar months in UTC, the last day of a shorter month standing for a missing day", () => {
    expect(addMonthsUtc(at("2027-01-31T10:00:00Z"), 1)).toEqual(at("2027-02-28T10:00:00Z"));
    expect(addMonthsUtc(at("2028-01-31T10:00:00Z"), 1)).toEqual(at("2028-02-29T10:00:00Z"));
    expect(addMonthsUtc(at("2027-11-15T00:00:00Z"), 3)).toEqual(at("2028-02-15T00:00:00Z"));
    expect(servicePeriod(at("2027-03-10T00:00:00Z"), "BIENNIAL")).toEqual({ periodStart: at("2027-03-10T00:00:00Z"), periodEnd: at("2029-03-10T00:00:00Z") });
    expect(servicePeriod(at("2027-08-31T00:00:00Z"), "SEMIANNUAL").periodEnd).toEqual(at("2028-02-29T00:00:00Z"));
  });
});

describe("the billing settings", () => {
  it("defaults to invoicing 14 days ahead and suspending 7 days late, and refuses what is not a number of days", () => {
    expect(settings).toEqual({ invoiceDaysBefore: 14, suspendAfterDays: 7, reminderDaysBefore: 3, overdueReminderDays: [1, 7] });
    expect(billingSettings({ BILLING_INVOICE_DAYS_BEFORE: "30", BILLING_SUSPEND_AFTER_DAYS: "0" })).toMatchObject({ invoiceDaysBefore: 30, suspendAfterDays: 0 });
    expect(() => billingSettings({ BILLING_SUSPEND_AFTER_DAYS: "7d" })).toThrow(/BILLING_SUSPEND_AFTER_DAYS/);
    expect(() => billingSettings({ BILLING_INVOICE_DAYS_BEFORE: "-1" })).toThrow(/BILLING_INVOICE_DAYS_BEFORE/);
    expect(() => billingSettings({ BILLING_OVERDUE_REMINDER_DAYS: "7", BILLING_SECOND_OVERDUE_REMINDER_DAYS: "3" })).toThrow(/later than/);
  });
});

describe("which payment reminder an invoice gets", () => {
  const invoice = { issuedAt: at("2027-03-01T00:00:00Z"), dueAt: at("2027-03-15T00:00:00Z") };

  it("sends each kind from its moment on, once", () => {
    expect(reminderPlan(invoice, at("2027-03-11T23:00:00Z"), settings, [])).toBeNull();
    expect(reminderPlan(invoice, at("2027-03-12T00:00:00Z"), settings, [])).toEqual({ send: "DUE_SOON", passOver: [] });
    expect(reminderPlan(invoice, at("2027-03-13T00:00:00Z"), settings, ["DUE_SOON"])).toBeNull();
    // Due date passed, overdue reminder not yet: nothing (the due-soon one is late to say "soon").
    expect(reminderPlan(invoice, at("2027-03-15T12:00:00Z"), settings, [])).toBeNull();
    expect(reminderPlan(invoice, at("2027-03-16T00:00:00Z"), settings, ["DUE_SOON"])).toEqual({ send: "OVERDUE", passOver: [] });
    expect(reminderPlan(invoice, at("2027-03-22T00:00:00Z"), settings, ["DUE_SOON", "OVERDUE"])).toEqual({ send: "OVERDUE_AGAIN", passOver: [] });
    expect(reminderPlan(invoice, at("2027-03-25T00:00:00Z"), settings, ["DUE_SOON", "OVERDUE", "OVERDUE_AGAIN"])).toBeNull();
  });

  it("sends only the latest after a pause, never an earlier kind after a later one, and nothing long past its moment", () => {
    expect(reminderPlan(invoice, at("2027-03-23T00:00:00Z"), settings, [])).toEqual({ send: "OVERDUE_AGAIN", passOver: ["DUE_SOON", "OVERDUE"] });
    expect(reminderPlan(invoice, at("2027-03-17T00:00:00Z"), settings, ["OVERDUE_AGAIN"])).toBeNull();
    expect(reminderPlan(invoice, at("2027-04-30T00:00:00Z"), settings, [])).toBeNull();
  });

  it("skips the due-soon reminder of an invoice issued after its moment: the new-invoice email just said it", () => {
    const late = { issuedAt: at("2027-03-14T00:00:00Z"), dueAt: at("2027-03-15T00:00:00Z") };
    expect(reminderPlan(late, at("2027-03-14T01:00:00Z"), settings, [])).toBeNull();
    expect(reminderPlan(late, at("2027-03-16T01:00:00Z"), settings, [])).toEqual({ send: "OVERDUE", passOver: [] });
  });
});

describe("the jobs a server runs", () => {
  const job = (name: string): JobDefinition => ({ name, everyMs: 1000, run: async () => ({}) });
  const jobs = [job("a"), job("b"), job("c")];

  it("leaves out the jobs JOBS_DISABLED names, all with 'all', and refuses a name no job has", () => {
    expect(enabledJobs(jobs, undefined).map((j) => j.name)).toEqual(["a", "b", "c"]);
    expect(enabledJobs(jobs, " b , c").map((j) => j.name)).toEqual(["a"]);
    expect(enabledJobs(jobs, "all")).toEqual([]);
    expect(() => enabledJobs(jobs, "a,invoice-due-service")).toThrow(/invoice-due-service/);
  });
});
