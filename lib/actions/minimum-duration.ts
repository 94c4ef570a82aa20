/**
 * Runs `work` and answers no sooner than `ms` after it started, success or failure, so an
 * answer's timing does not tell which branch ran (for example whether an email has an account).
 */
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const done = new Promise((resolve) => setTimeout(resolve, ms));
  try {
    return await work();
  } finally {
    await done;
  }
}
