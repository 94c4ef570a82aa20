import type { JobDefinition } from "./types";

/**
 * The jobs this server runs: all, less those JOBS_DISABLED names (comma-separated), or none
 * with JOBS_DISABLED=all. The e2e server leaves the billing run out, so an account a test made
 * is not invoiced behind its back; another instance or `npm run jobs:once` can run what is left out.
 * An unknown name stops the start: a typo must not leave billing running unnoticed.
 */
export function enabledJobs(jobs: readonly JobDefinition[], disabled: string | undefined): readonly JobDefinition[] {
  const names = (disabled ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  if (names.includes("all")) return [];
  const unknown = names.filter((name) => !jobs.some((job) => job.name === name));
  if (unknown.length) throw new Error(`JOBS_DISABLED names no job: ${unknown.join(", ")} (jobs: ${jobs.map((job) => job.name).join(", ")})`);
  return jobs.filter((job) => !names.includes(job.name));
}
