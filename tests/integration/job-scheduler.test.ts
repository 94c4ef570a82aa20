import { spawn } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { claimJob, JOB_LEASE_MS, releaseJob } from "@/lib/jobs/job-claims";
import { JOBS } from "@/lib/jobs/registry";
import { runDueJobs, type JobRun } from "@/lib/jobs/run-due-jobs";
import { jobSchedulerShutdownStep, startJobScheduler } from "@/lib/jobs/scheduler";
import type { JobDefinition } from "@/lib/jobs/types";
import { createAccountWithOwner } from "../factories/accounts";
import { createTestService } from "../factories/services";
import { quietBillingWorld } from "../support/quiet-billing-world";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

beforeEach(quietBillingWorld);

/** A job that counts its runs and the clocks it was given. */
function countingJob(name: string, everyMs: number) {
  const clocks: Date[] = [];
  const job: JobDefinition = {
    name,
    everyMs,
    run: async (now) => {
      clocks.push(now);
      return { runs: clocks.length };
    },
  };
  return { job, clocks };
}

describe("the job runner", () => {
  it("runs a job once per interval, however many ticks ask, and once after a day stopped", async () => {
    const hourly = countingJob("test-hourly", HOUR);
    const frequent = countingJob("test-frequent", 5_000);
    const t0 = new Date("2029-01-01T00:00:00Z");
    const tick = (at: Date) => runDueJobs({ jobs: [frequent.job, hourly.job], now: () => at });

    expect((await tick(t0)).map((run) => run.status)).toEqual(["done", "done"]);
    expect((await tick(new Date(t0.getTime() + 1_000))).map((run) => run.status)).toEqual(["not due", "not due"]);
    expect((await tick(new Date(t0.getTime() + 5_000))).map((run) => run.status)).toEqual(["done", "not due"]);

    // The scheduler is stopped for a day: 17,280 frequent ticks and 24 hourly ones missed; each job runs once.
    const dayLater = new Date(t0.getTime() + DAY);
    expect((await tick(dayLater)).map((run) => run.status)).toEqual(["done", "done"]);
    expect((await tick(dayLater)).map((run) => run.status)).toEqual(["not due", "not due"]);
    expect(hourly.clocks).toEqual([t0, dayLater]);
    expect(frequent.clocks).toEqual([t0, new Date(t0.getTime() + 5_000), dayLater]);
    expect(await db.jobSchedule.findUniqueOrThrow({ where: { name: "test-hourly" } })).toMatchObject({ nextRunAt: new Date(dayLater.getTime() + HOUR), leaseUntil: null, lastOutcome: { runs: 2 } });
  });

  it("lets one of several runners take a due job, and gives back a job whose runner died when its lease runs out", async () => {
    const t0 = new Date("2029-02-01T00:00:00Z");
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimJob({ name: "test-claim", everyMs: MINUTE, now: t0 })));
    expect(claims.filter(Boolean)).toHaveLength(1);

    // The runner that took it died: never released. Due again a minute later, but held until its lease ends.
    expect(await claimJob({ name: "test-claim", everyMs: MINUTE, now: new Date(t0.getTime() + JOB_LEASE_MS - 1) })).toBe(false);
    const leaseOver = new Date(t0.getTime() + JOB_LEASE_MS);
    expect(await claimJob({ name: "test-claim", everyMs: MINUTE, now: leaseOver })).toBe(true);
    await releaseJob({ name: "test-claim", finishedAt: leaseOver, outcome: {}, error: null });
    // Forced (jobs:once --all): run though not due, unless another runner holds it.
    expect(await claimJob({ name: "test-claim", everyMs: MINUTE, now: new Date(leaseOver.getTime() + 1), force: true })).toBe(true);
    expect(await claimJob({ name: "test-claim", everyMs: MINUTE, now: new Date(leaseOver.getTime() + 2), force: true })).toBe(false);
  });

  it("records a failing job and still runs the others", async () => {
    const after = countingJob("test-after", HOUR);
    const failing: JobDefinition = { name: "test-failing", everyMs: HOUR, run: () => Promise.reject(new Error("registrar timed out")) };
    const runs = await runDueJobs({ jobs: [failing, after.job], now: () => new Date("2029-03-01T00:00:00Z") });
    expect(runs.map((run) => run.status)).toEqual(["failed", "done"]);
    expect(await db.jobSchedule.findUniqueOrThrow({ where: { name: "test-failing" } })).toMatchObject({ leaseUntil: null, lastError: "registrar timed out" });
  });
});

describe("the server's scheduler", () => {
  it("runs due jobs on its timer, and its shutdown step waits for the job in hand and stops the timer", async () => {
    let release: () => void = () => {};
    const started: Date[] = [];
    let finished = 0;
    const slow: JobDefinition = {
      name: "test-scheduled",
      everyMs: 60 * MINUTE,
      run: async (now) => {
        started.push(now);
        await new Promise<void>((resolve) => (release = resolve));
        finished++;
        return { finished };
      },
    };
    const scheduler = startJobScheduler({ intervalMs: 20, jobs: [slow] });
    await vi.waitFor(() => expect(started).toHaveLength(1), { timeout: 10_000, interval: 20 });
    const stopping = jobSchedulerShutdownStep(scheduler).run();
    release();
    await stopping;
    expect(finished).toBe(1);
    expect(await db.jobSchedule.findUniqueOrThrow({ where: { name: "test-scheduled" } })).toMatchObject({ leaseUntil: null, lastOutcome: { finished: 1 } });
  });
});

/** `npm run jobs:once` as a person runs it, against this file's database, with the clock at `now`; its runs as JSON. */
function jobsOnce(now: Date, ...args: string[]): Promise<JobRun[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "./scripts/lib/allow-server-only.mjs", "--import", "tsx", "scripts/jobs-once.ts", "--now", now.toISOString(), "--json", ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "error" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`jobs:once exited ${code}: ${stderr || stdout}`));
      const lastLine = stdout.trim().split("\n").at(-1) ?? "[]";
      resolve(JSON.parse(lastLine) as JobRun[]);
    });
  });
}

async function notificationsOf(accountId: string, template: string): Promise<number> {
  return (await db.emailMessage.findMany({ where: { accountId, template }, distinct: ["notificationId"], select: { notificationId: true } })).length;
}

describe("npm run jobs:once from two processes at once", () => {
  it("issues, suspends and reminds nothing twice, and each job runs in one process only", { timeout: 180_000 }, async () => {
    const dueAt = new Date("2029-06-01T00:00:00Z");
    const accounts = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const { account } = await createAccountWithOwner();
        const services = await Promise.all([0, 1].map(() => createTestService(account.id, { kind: "WEB_HOSTING" })));
        await db.service.updateMany({ where: { accountId: account.id }, data: { nextDueAt: dueAt } });
        return { account, services };
      }),
    );

    // Both processes at the same clock: the job rows decide which runs each job, every job exactly once between them.
    const issueAt = new Date(dueAt.getTime() - 14 * DAY);
    const [first, second] = await Promise.all([jobsOnce(issueAt), jobsOnce(issueAt)]);
    const ran = (runs: JobRun[]) => runs.filter((run) => run.status === "done").map((run) => run.name);
    expect([...ran(first), ...ran(second)].sort(), JSON.stringify({ first, second })).toEqual(JOBS.map((job) => job.name).sort());

    // Both forced (--all), at a clock past the suspension limit: every job may run in both, racing row by row.
    const lateAt = new Date(dueAt.getTime() + 8 * DAY);
    await Promise.all([jobsOnce(lateAt, "--all"), jobsOnce(lateAt, "--all")]);
    for (const { account, services } of accounts) {
      expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(1);
      for (const service of services) {
        expect(await db.invoiceLine.count({ where: { serviceId: service.id, purpose: "SERVICE_PERIOD" } })).toBe(1);
        expect(await db.activityEvent.count({ where: { subjectId: service.id, kind: "service.suspended" } })).toBe(1);
      }
      expect(await db.emailMessage.count({ where: { accountId: account.id, template: "invoice-issued" } })).toBeGreaterThan(0);
      // One notification (to all its recipients) per reminder and per suspended service.
      expect(await notificationsOf(account.id, "payment-reminder")).toBe(1);
      expect(await notificationsOf(account.id, "service-suspended-unpaid")).toBe(2);
    }
  });
});
