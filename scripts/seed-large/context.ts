import type { Plan } from "./plan";

/** What each step of the load gets: one connection inside the load's single transaction. */
export type LoadContext = {
  /** Runs one statement and returns how many rows it wrote. */
  run(text: string, values?: unknown[]): Promise<number>;
  plan: Plan;
  /** The demo user who owns the large account. */
  largeOwnerId: string;
  /** bcrypt hash of GENERATED_PASSWORD, computed once for every generated user and panel account. */
  passwordHash: string;
  /** The large account's saved card, tokenized by the demo gateway as the app would. */
  largeCard: { token: string; brand: string; last4: string; expMonth: number; expYear: number };
};

/** One step of the load: it inserts one table or a few that belong together and says how many rows each got. */
export type LoadStep = { name: string; run(context: LoadContext): Promise<Record<string, number>> };

/**
 * Session-local SQL helpers (pg_temp, gone when the connection closes). `uuid7(at)` makes a
 * UUIDv7 whose time part is `at`, as the app's ids are (Prisma's uuid(7)): lists ordered by
 * id, such as the activity log, stay in time order. Portable to PostgreSQL before 18.
 */
export const HELPERS_SQL = [
  `CREATE FUNCTION pg_temp.uuid7(at timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
     SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(floor(extract(epoch FROM at) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
   $$`,
  // Element i (any integer, wrapping) of an array: deterministic variety without random().
  `CREATE FUNCTION pg_temp.pick(items text[], i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
     SELECT items[1 + (i % cardinality(items))::int]
   $$`,
];
