import type { PrismaClient } from "../../lib/generated/prisma/client";

/** What a demo seeder of one feature gets for one demo account. */
export type DemoAccountContext = {
  db: PrismaClient;
  accountId: string;
  /** Position of the account in DEMO_ACCOUNTS: seeders vary their data by it, deterministically. */
  index: number;
  legalName: string;
  currency: string;
  country: string;
  ownerId: string;
  /** Members by email (owner included), for authors of tickets, payments and requests. */
  memberIds: Map<string, string>;
  /** The account's contacts by email. */
  contactIds: Map<string, string>;
  /** The moment the demo data is "now": seeders date everything relative to it. */
  now: Date;
};

export type DemoSeeder = (context: DemoAccountContext) => Promise<void>;
