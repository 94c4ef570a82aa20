import type { PowerState } from "./types";

/** How long a demo restart takes unless DEMO_PANEL_RESTART_SECONDS says otherwise. */
export const DEFAULT_RESTART_SECONDS = 20;

export function restartSeconds(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.DEMO_PANEL_RESTART_SECONDS);
  return Number.isFinite(configured) && configured >= 0 && configured <= 3600 ? configured : DEFAULT_RESTART_SECONDS;
}

/**
 * The power state as of `now`: a machine RESTARTING whose restart has run its time is
 * RUNNING. Derived on every read, so no background job has to flip the stored state and a
 * stale row never shows a machine restarting forever.
 */
export function effectivePowerState(stored: { powerState: PowerState; restartingUntil: Date | null }, now: Date): PowerState {
  if (stored.powerState !== "RESTARTING") return stored.powerState;
  return stored.restartingUntil && stored.restartingUntil > now ? "RESTARTING" : "RUNNING";
}
