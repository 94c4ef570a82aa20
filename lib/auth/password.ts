import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/bcrypt";
import { boundedQueue, QueueFullError } from "@/lib/concurrency/bounded-queue";
import { UserError } from "@/lib/errors/user-error";

/** bcrypt cost factor: about a quarter of a second per hash on a small server. */
export const BCRYPT_COST = 12;

/**
 * bcrypt runs on libuv's thread pool (@node-rs/bcrypt), never on the thread that renders
 * pages, and at most one fewer at once than the machine has cores, so a burst of sign-ins
 * leaves a core to the pages. Up to 200 more wait in line (20 sign-ins at once on two cores
 * wait about five seconds); beyond that a sign-in is told the service is busy. Hashes made
 * by bcryptjs ($2a$, $2b$) verify unchanged.
 */
const HASHING_SLOTS = Math.max(1, availableParallelism() - 1);
const hashing = boundedQueue(HASHING_SLOTS, 200);

async function inLine<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await hashing.run(task);
  } catch (error) {
    if (error instanceof QueueFullError) throw new UserError("busy");
    throw error;
  }
}

export function hashPassword(password: string): Promise<string> {
  return inLine(() => hash(password, BCRYPT_COST));
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return inLine(() => verify(password, passwordHash));
}

/** How busy password hashing is (for the metrics endpoint). */
export const passwordHashingLoad = hashing.stats;

// A real hash of a random string, compared against when the email is unknown, so a
// sign-in for an address without an account takes as long as one with a wrong password.
const TIMING_DUMMY_HASH = "$2b$12$iIjhkzNOgToCoaOi/BhVC.VXVcPfFZOu3vMoRbuirLQvkOtnETYQO";

export async function spendPasswordCheckTime(password: string): Promise<void> {
  await verifyPassword(password, TIMING_DUMMY_HASH);
}
