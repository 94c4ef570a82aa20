import type { Prisma } from "../generated/prisma/client";

/** Which application of the panel a single sign-on link opens. */
export type PanelApp = "CONTROL_PANEL" | "WEBMAIL";

export type PowerState = "RUNNING" | "RESTARTING" | "STOPPED";

/** Plan settings a member may change through the client area (lib/services/settings.ts). */
export type PanelSettings = { phpVersion?: string; hostname?: string; mailboxQuotaMb?: number };

/** What the panel reports about one of its accounts. */
export type PanelStatus = { username: string; powerState: PowerState; restartingUntil: Date | null; settings: PanelSettings };

/**
 * The database handle a driver gets. The demo panel keeps its state in this same database,
 * so its writes join the transaction of the change (and its activity event); a driver for a
 * panel on another server ignores it and talks to that server instead.
 */
export type DriverDb = Prisma.TransactionClient;

/**
 * A provisioning driver: how the client area reaches the control panel that runs a
 * service. `panelRef` is the service's id in that panel (Service.panelRef); the panel knows
 * nothing of client accounts, so every tenancy check happens before a driver is called.
 */
export interface ProvisioningDriver {
  /** Creates the service's account in the panel (the seed, and the provider's order flow). */
  provision(db: DriverDb, input: { username: string; password: string; settings?: PanelSettings }): Promise<{ panelRef: string }>;
  /** The account's power state and settings as the panel sees them now; null if the panel does not know it. */
  status(db: DriverDb, panelRef: string, now?: Date): Promise<PanelStatus | null>;
  /** Restarts the machine; it is back up at the returned moment. */
  restart(db: DriverDb, panelRef: string, now?: Date): Promise<{ restartingUntil: Date }>;
  /** Sets a new panel password; only the panel keeps it (as it sees fit: the demo panel keeps a bcrypt hash). */
  resetPassword(db: DriverDb, panelRef: string, newPassword: string): Promise<void>;
  /** Merges the given settings into the account's settings. */
  changeSettings(db: DriverDb, panelRef: string, settings: PanelSettings): Promise<void>;
  /** A link that signs the member into the panel's app once, for a short time. */
  createSingleSignOnUrl(db: DriverDb, panelRef: string, app: PanelApp, now?: Date): Promise<string>;
  /** Stops the account in the panel (unpaid, abuse): its logins and sessions stop working until unsuspended. */
  suspend(db: DriverDb, panelRef: string): Promise<void>;
  /** Lets a suspended account work again. */
  unsuspend(db: DriverDb, panelRef: string): Promise<void>;
  /** Ends the account in the panel for good: nothing reaches it again. */
  terminate(db: DriverDb, panelRef: string, now?: Date): Promise<void>;
}

/** A failure the member should read: its code is a key under `errors` in the messages. */
export class PanelRefusal extends Error {
  constructor(readonly code: "panelUnknownService" | "serviceAlreadyRestarting") {
    super(code);
    this.name = "PanelRefusal";
  }
}
