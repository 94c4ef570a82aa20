import { methodLabel } from "../../lib/billing/method-label";
import { providerSeller, providerTaxDefaults } from "../../lib/invoices/parties";
import type { LoadStep } from "./context";
import { LARGE_ACCOUNT } from "./plan";

/**
 * Invoices with their lines and payments, as issueInvoice writes them: numbers INV-<year>-<6
 * digits> running per calendar year (UTC) across the provider after any already issued,
 * growing with the issue date; lines of the account's services (the large account) or of
 * catalog products; tax on the subtotal rounded half up once; a paid invoice has its one payment.
 * Invoice k of an account (0 = newest) is about a month older than k - 1; the large account's
 * 5,000 run back about five and a half years, 0.4 days apart.
 */
export const invoices: LoadStep = {
  name: "invoices, lines and payments",
  async run({ run, plan, largeCard }) {
    const tax = providerTaxDefaults();
    await run(
      `CREATE TEMP TABLE bench_inv ON COMMIT DROP AS
       WITH base AS (
         SELECT g, a.id AS account_id, a.n AS account_n, a.owner_id, a.currency, a.buyer,
                CASE WHEN g <= $1 THEN g - 1 ELSE (g - $1 - 1) / $3 END AS k
         FROM generate_series(1, $1::bigint + $2::bigint) g
         JOIN bench_acc a ON a.n = CASE WHEN g <= $1 THEN 0 ELSE 1 + (g - $1 - 1) % $3 END
       ), dated AS (
         SELECT base.*, issued, issued + interval '14 days' AS due,
                CASE WHEN account_n = 0 THEN 1 + g % 3 ELSE 1 + g % 2 END AS nlines
         FROM base CROSS JOIN LATERAL (
           SELECT date_trunc('second', CASE WHEN account_n = 0 THEN now() - make_interval(hours => (k * 96 / 10 + 1)::int)
                                            ELSE now() - make_interval(days => (k * 30 + account_n % 28 + 1)::int, hours => (g % 24)::int) END)::timestamp AS issued
         ) t
       ), fated AS (
         SELECT dated.*,
                CASE WHEN k % 17 = 5 THEN 'CANCELLED'
                     WHEN due > now() THEN 'UNPAID'
                     WHEN account_n = 0 AND k IN (2, 7, 12) THEN 'UNPAID'
                     WHEN account_n > 0 AND k = 2 AND account_n % 6 = 0 THEN 'UNPAID'
                     ELSE 'PAID' END::"InvoiceStatus" AS status
         FROM dated
       ), existing AS (
         SELECT split_part(number, '-', 2)::int AS year, max(split_part(number, '-', 3)::int) AS last
         FROM "Invoice" WHERE number ~ '^INV-[0-9]{4}-[0-9]+$' GROUP BY 1
       )
       SELECT f.*, pg_temp.uuid7(issued) AS id,
              CASE WHEN status = 'PAID' THEN least(now()::timestamp, issued + make_interval(days => (k % 5 + 1)::int)) END AS paid_at,
              'INV-' || y || '-' || lpad((coalesce(e.last, 0) + row_number() OVER (PARTITION BY y ORDER BY issued, g))::text, 6, '0') AS number
       FROM fated f CROSS JOIN LATERAL (SELECT extract(year FROM issued)::int AS y) yy LEFT JOIN existing e ON e.year = y`,
      [LARGE_ACCOUNT.invoices, plan.bulk.invoices, plan.bulkAccounts],
    );
    await run(`ALTER TABLE bench_inv ADD PRIMARY KEY (g)`);
    // The lines: the large account bills its own services, the others catalog products.
    await run(
      `CREATE TEMP TABLE bench_line ON COMMIT DROP AS
       SELECT i.g, pos AS position, CASE WHEN pos = 3 THEN 2 ELSE 1 END AS quantity,
              coalesce(v."priceMinor", pr.price) AS unit, v.id AS service_id,
              coalesce(v."productName", pr.name) || coalesce(' (' || v.domain || ')', '') || ', ' || to_char(i.issued, 'FMMonth YYYY') AS description
       FROM bench_inv i CROSS JOIN LATERAL generate_series(1, i.nlines) pos
       LEFT JOIN bench_svc bs ON i.account_n = 0 AND bs.s = 1 + (i.g + pos) % $1
       LEFT JOIN "Service" v ON v.id = bs.id
       JOIN bench_product pr ON pr.p = (i.g + pos) % (SELECT count(*) FROM bench_product)`,
      [LARGE_ACCOUNT.services],
    );
    await run(`CREATE TEMP TABLE bench_inv_sum ON COMMIT DROP AS SELECT g, sum(quantity * unit)::int AS subtotal FROM bench_line GROUP BY g`);
    // The running totals (InvoiceStatusTotal) are kept by a row trigger; a million rows are
    // summed once instead, after the insert, with the trigger off for it (the load is one
    // transaction with the app stopped).
    await run(`ALTER TABLE "Invoice" DISABLE TRIGGER "Invoice_status_totals_insert_delete"`);
    const invoiceRows = await run(
      `INSERT INTO "Invoice" (id, "accountId", number, status, currency, "issuedAt", "dueAt", "paidAt", "cancelledAt",
                             "subtotalMinor", "taxRateBp", "taxName", "taxMinor", "totalMinor", seller, buyer, "createdAt")
       SELECT i.id, i.account_id, i.number, i.status, i.currency, i.issued, i.due, i.paid_at,
              CASE WHEN i.status = 'CANCELLED' THEN i.issued + interval '3 days' END,
              s.subtotal, $1, $2, t.tax, s.subtotal + t.tax, $3::jsonb, i.buyer, i.issued
       FROM bench_inv i JOIN bench_inv_sum s USING (g)
       CROSS JOIN LATERAL (SELECT ((s.subtotal::bigint * $1 + 5000) / 10000)::int AS tax) t`,
      [tax.taxRateBp, tax.taxName, JSON.stringify(providerSeller())],
    );
    await run(`ALTER TABLE "Invoice" ENABLE TRIGGER "Invoice_status_totals_insert_delete"`);
    await run(`DELETE FROM "InvoiceStatusTotal"`);
    await run(
      `INSERT INTO "InvoiceStatusTotal" ("accountId", status, currency, count, "amountMinor")
       SELECT "accountId", status, currency, count(*)::int, sum("totalMinor")::bigint FROM "Invoice" GROUP BY 1, 2, 3`,
    );
    const lineRows = await run(
      `INSERT INTO "InvoiceLine" (id, "invoiceId", position, description, quantity, "unitPriceMinor", "amountMinor", "serviceId")
       SELECT pg_temp.uuid7(i.issued), i.id, l.position, l.description, l.quantity, l.unit, l.quantity * l.unit, l.service_id
       FROM bench_line l JOIN bench_inv i USING (g)`,
    );
    const paymentRows = await run(
      `INSERT INTO "Payment" (id, "accountId", "invoiceId", "methodId", "amountMinor", currency, gateway, "gatewayReference", "methodLabel", "paidById", "createdAt")
       SELECT pg_temp.uuid7(i.paid_at), i.account_id, i.id, CASE WHEN i.account_n = 0 THEN c."defaultPaymentMethodId" END,
              s.subtotal + ((s.subtotal::bigint * $1 + 5000) / 10000)::int, i.currency, 'demo', 'demo_ch_' || left(md5(i.number), 24), $2, i.owner_id, i.paid_at
       FROM bench_inv i JOIN bench_inv_sum s USING (g) JOIN "ClientAccount" c ON c.id = i.account_id
       WHERE i.status = 'PAID'`,
      [tax.taxRateBp, methodLabel(largeCard)],
    );
    return { Invoice: invoiceRows, InvoiceLine: lineRows, Payment: paymentRows };
  },
};
