import type { Prisma } from "../generated/prisma/client";

/**
 * The database handle a registrar driver gets. The demo registrar keeps its registry in this
 * same database, so its writes join the transaction of the change (and its activity event);
 * a driver for a real registrar ignores it and talks to the registrar's API (EPP or REST).
 */
export type RegistrarDb = Prisma.TransactionClient;

/** The registrant as a registrar records it: the person or company that legally holds the domain. */
export type RegistrantRecord = { name: string; organization: string | null; email: string; country: string };

/** A price the registry asks above the extension's standard price (a premium name). */
export type PremiumPrice = { currency: string; registrationMinor: number };

export type Availability =
  | { name: string; status: "available"; premium: PremiumPrice | null }
  | { name: string; status: "taken" | "unsupported" };

/**
 * A registrar driver: how the client area reaches the registrar that holds a domain. A
 * registrar knows a domain by its name; it knows nothing of client accounts, so every tenancy
 * and permission check happens before a driver is called. Refusals a member should read are
 * RegistrarRefusal; anything else is a fault.
 */
export interface RegistrarDriver {
  /** Whether a name can be registered here, and at a premium price. */
  availability(db: RegistrarDb, name: string): Promise<Availability>;
  /** Registers an available name for 1 to 10 years. */
  register(db: RegistrarDb, input: { name: string; years: number; nameservers: string[]; registrant: RegistrantRecord }, now?: Date): Promise<{ expiresAt: Date }>;
  /** Moves a name held at another registrar to this one, with its transfer code; a transfer adds one year. */
  transfer(db: RegistrarDb, input: { name: string; transferCode: string; nameservers: string[]; registrant: RegistrantRecord }, now?: Date): Promise<{ expiresAt: Date }>;
  /** Adds 1 to 10 years to the expiry (never more than 10 years ahead of now). */
  renew(db: RegistrarDb, name: string, years: number, now?: Date): Promise<{ expiresAt: Date }>;
  setNameservers(db: RegistrarDb, name: string, hosts: string[]): Promise<void>;
  setRegistrant(db: RegistrarDb, name: string, registrant: RegistrantRecord): Promise<void>;
  /** The registrar lock: while on, the registry refuses transfers away. */
  setLock(db: RegistrarDb, name: string, locked: boolean): Promise<void>;
  /** The transfer (EPP auth) code; the registrar makes one when none exists. */
  transferCode(db: RegistrarDb, name: string): Promise<string>;
  /**
   * A domain the provider already holds at this registrar comes under the client area (the
   * provider's API creates it): a real registrar checks that it holds the name; the demo
   * registrar, which plays the registry too, records it as given.
   */
  adopt(db: RegistrarDb, input: { name: string; expiresAt: Date; locked: boolean; nameservers: string[]; registrant: RegistrantRecord }): Promise<void>;
}

export type RegistrarRefusalCode = "registrarUnknownDomain" | "domainTaken" | "domainExtensionUnsupported" | "transferCodeWrong" | "transferLocked" | "renewalTooLong";

/** A refusal the member should read: its code is a key under `errors` in the messages. */
export class RegistrarRefusal extends Error {
  constructor(
    readonly code: RegistrarRefusalCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "RegistrarRefusal";
  }
}
