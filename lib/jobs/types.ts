/** What a run of a job did, in counts a person reads in `npm run jobs:once` and JobSchedule.lastOutcome. */
export type JobOutcome = Record<string, number>;

/**
 * A scheduled job: an idempotent function of the database's state and the clock it is given
 * (`now`, injected so tests move time instead of waiting), run at most once per `everyMs`
 * across every app instance. Running it twice, or from two processes at once, does nothing twice.
 */
export type JobDefinition = {
  name: string;
  everyMs: number;
  run: (now: Date) => Promise<JobOutcome>;
};
