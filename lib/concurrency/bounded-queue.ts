/** Thrown when a bounded queue is full: the caller answers "busy, try again" instead of waiting without end. */
export class QueueFullError extends Error {
  constructor() {
    super("The queue is full.");
    this.name = "QueueFullError";
  }
}

/**
 * Runs at most `concurrency` tasks at once; up to `maxWaiting` more wait their turn in order,
 * and any beyond that are refused at once with QueueFullError.
 */
export function boundedQueue(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting) throw new QueueFullError();
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  return { run, stats: () => ({ running, waiting: waiting.length }) };
}
