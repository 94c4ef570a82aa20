import type pg from "pg";
import { GENERATED_EMAIL_DOMAIN, LARGE_ACCOUNT } from "./plan";

/** Prints what the load inserted, the tables' totals now, the large account's own counts and how to sign in. */
export async function printSummary(
  client: pg.Client,
  { inserted, loadSeconds, totalSeconds, owner, generatedPassword }: { inserted: Record<string, number>; loadSeconds: string; totalSeconds: string; owner: { email: string; password: string }; generatedPassword: string },
): Promise<void> {
  const large = await client.query<{ id: string; table: string; rows: string }>(
    `WITH a AS (SELECT id FROM "ClientAccount" WHERE "legalName" = $1)
     SELECT (SELECT id FROM a) AS id, t.* FROM (
       SELECT 'Invoice' AS table, count(*) AS rows FROM "Invoice" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'Service', count(*) FROM "Service" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'Domain', count(*) FROM "Domain" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'Membership', count(*) FROM "Membership" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'SupportTicket', count(*) FROM "SupportTicket" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'Contact', count(*) FROM "Contact" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'ActivityEvent', count(*) FROM "ActivityEvent" WHERE "accountId" = (SELECT id FROM a)
       UNION ALL SELECT 'EmailMessage', count(*) FROM "EmailMessage" WHERE "accountId" = (SELECT id FROM a)
     ) t`,
    [LARGE_ACCOUNT.legalName],
  );
  const largeCounts = new Map(large.rows.map((row) => [row.table, Number(row.rows)]));
  const totals = new Map<string, number>();
  for (const table of Object.keys(inserted)) {
    totals.set(table, Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n));
  }
  const size = (await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0]!.size;

  console.log(`\nLoaded in ${loadSeconds} s (${totalSeconds} s in all, database now ${size}):`);
  console.log(`  ${"table".padEnd(18)} ${"inserted".padStart(11)} ${"in table".padStart(11)} ${"large account".padStart(14)}`);
  for (const [table, rows] of Object.entries(inserted)) {
    const inLarge = largeCounts.get(table);
    console.log(`  ${table.padEnd(18)} ${rows.toLocaleString("en").padStart(11)} ${totals.get(table)!.toLocaleString("en").padStart(11)} ${(inLarge === undefined ? "" : inLarge.toLocaleString("en")).padStart(14)}`);
  }
  console.log(`\nThe large account "${LARGE_ACCOUNT.legalName}" (${large.rows[0]?.id}) is owned by ${owner.email} / ${owner.password}.`);
  console.log(`Every generated user (…@${GENERATED_EMAIL_DOMAIN}) signs in with ${generatedPassword}.`);
}
