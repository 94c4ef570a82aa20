import { describe, expect, it } from "vitest";
import { boundedQueue, QueueFullError } from "@/lib/concurrency/bounded-queue";

/** A task that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("boundedQueue", () => {
  it("runs at most `concurrency` at once, the rest in order, and refuses beyond the waiting room", async () => {
    const queue = boundedQueue(1, 2);
    const started: number[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g, i) => queue.run(async () => (started.push(i), await g.opened, i)));
    await expect(queue.run(async () => "fourth")).rejects.toBeInstanceOf(QueueFullError);
    expect(started).toEqual([0]);
    expect(queue.stats()).toEqual({ running: 1, waiting: 2 });

    gates[0]!.open();
    await runs[0];
    await expect.poll(() => started).toEqual([0, 1]);
    gates[1]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when a task fails", async () => {
    const queue = boundedQueue(1, 0);
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => "next")).toBe("next");
  });
});
