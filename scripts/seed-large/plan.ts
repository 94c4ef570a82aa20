/**
 * How much `npm run seed:large` loads: a real hosting provider's volume times a scale factor,
 * and one large account that is always full size (it is what the page benchmark measures).
 */

/** The volume at scale 1, totals across the provider (the large account's rows included). */
export const FULL_VOLUME = {
  users: 100_000,
  accounts: 20_000,
  invoices: 1_000_000,
  services: 100_000,
  domains: 50_000,
  tickets: 200_000,
  activityEvents: 2_000_000,
  emails: 1_000_000,
  sessions: 300_000,
} as const;

/** The one large account, whatever the scale. Members are 199 generated users plus its owner. */
export const LARGE_ACCOUNT = {
  legalName: "Atlas Web Group, S.L.",
  ownerEmail: "marta@example.com",
  invoices: 5_000,
  services: 500,
  domains: 300,
  members: 199,
  tickets: 2_000,
  contacts: 50,
  activityEvents: 20_000,
  emails: 10_000,
} as const;

/** Every generated user signs in with this password (one bcrypt hash, computed once). */
export const GENERATED_PASSWORD = "bench-password-2026";
/** Generated users' addresses end with this; its presence means the data is already loaded. */
export const GENERATED_EMAIL_DOMAIN = "bench.example";

export type Plan = {
  scale: number;
  users: number;
  /** Accounts other than the large one: numbered 1..bulkAccounts. */
  bulkAccounts: number;
  /** Rows spread over the bulk accounts, beyond the large account's own. */
  bulk: { invoices: number; services: number; domains: number; tickets: number; activityEvents: number; emails: number };
  sessions: number;
};

export function parseScale(argv: readonly string[]): number {
  const index = argv.findIndex((arg) => arg === "--scale" || arg.startsWith("--scale="));
  if (index === -1) return 1;
  const raw = argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
  const scale = Number(raw);
  // Below 0.01 there are fewer generated users than the large account's members.
  if (!Number.isFinite(scale) || scale < 0.01 || scale > 10) throw new Error(`--scale must be a number from 0.01 to 10 (got ${raw}).`);
  return scale;
}

export function makePlan(scale: number): Plan {
  const total = (n: number) => Math.round(n * scale);
  const rest = (n: number, large: number) => Math.max(0, total(n) - large);
  return {
    scale,
    users: total(FULL_VOLUME.users),
    bulkAccounts: Math.max(1, total(FULL_VOLUME.accounts) - 1),
    bulk: {
      invoices: rest(FULL_VOLUME.invoices, LARGE_ACCOUNT.invoices),
      services: rest(FULL_VOLUME.services, LARGE_ACCOUNT.services),
      domains: rest(FULL_VOLUME.domains, LARGE_ACCOUNT.domains),
      tickets: rest(FULL_VOLUME.tickets, LARGE_ACCOUNT.tickets),
      activityEvents: rest(FULL_VOLUME.activityEvents, LARGE_ACCOUNT.activityEvents),
      emails: rest(FULL_VOLUME.emails, LARGE_ACCOUNT.emails),
    },
    sessions: total(FULL_VOLUME.sessions),
  };
}
