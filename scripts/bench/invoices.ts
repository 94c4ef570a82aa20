/**
 * Measures the invoices list (first page and a deep cursor page), the totals per status and
 * the PDF for an account with 5,000 invoices, on a fresh embedded PostgreSQL that also holds
 * other accounts' invoices. Prints figures and the deep page's query plan; it asserts nothing.
 *
 *   npm run bench:invoices
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { runPrisma } from "../lib/prisma-cli";

const INVOICES = 5_000;
const OTHER_ACCOUNTS = 4;
const RUNS = 200;
const PDF_RUNS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  const mean = (samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2);
  console.log(`${label.padEnd(52)} n=${String(samples.length).padEnd(4)} mean ${mean} ms  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}

async function measure(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await fn(); // warm up: connections, plans, JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const dataDir = `/tmp/client-area-bench-${randomBytes(4).toString("hex")}`;
const postgres = await startEmbeddedPostgres({ dataDir });
try {
  await ensureDatabase(postgres.serverUrl, "bench");
  const databaseUrl = postgres.databaseUrl("bench");
  runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
  process.env.DATABASE_URL = databaseUrl;

  // Imported after DATABASE_URL is set: lib/db.ts reads it once.
  const { db, closeDatabase } = await import("../../lib/db");
  const { listInvoices } = await import("../../lib/invoices/list-invoices");
  const { invoiceTotals } = await import("../../lib/invoices/invoice-totals");
  const { invoiceDetails } = await import("../../lib/invoices/invoice-details");
  const { buildInvoicePdf } = await import("../../lib/invoices/invoice-pdf");
  const { invoicePdfLabels } = await import("../../lib/invoices/invoice-pdf-labels");
  const { buildInvoiceAmounts } = await import("../../lib/invoices/money");
  const { providerSeller } = await import("../../lib/invoices/parties");

  const owner = await db.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: "x" } });
  const createAccount = (legalName: string) =>
    db.clientAccount.create({ data: { kind: "COMPANY", legalName, addressLine1: "Calle Mayor 1", city: "Madrid", postcode: "28013", country: "ES", currency: "EUR", ownerId: owner.id } });
  const seller = providerSeller();
  const now = new Date();

  /** `count` invoices over the past years, in mixed states, each with two lines; inserted in batches. */
  async function fill(accountId: string, prefix: string, count: number) {
    const buyer = { name: prefix, taxId: null, addressLines: ["Calle Mayor 1", "28013 Madrid"], country: "ES" };
    for (let start = 0; start < count; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, count - start) }, (_, offset) => {
        const i = start + offset;
        const issuedAt = new Date(now.getTime() - i * 0.4 * DAY_MS);
        const amounts = buildInvoiceAmounts(
          [
            { description: "Web Hosting Pro", quantity: 1, unitPriceMinor: 1499 + (i % 7) * 100 },
            { description: "Extra mailboxes", quantity: 1 + (i % 3), unitPriceMinor: 199 },
          ],
          2100,
        );
        const status = i % 11 === 0 ? ("CANCELLED" as const) : i < 40 || i % 97 === 0 ? ("UNPAID" as const) : ("PAID" as const);
        return { i, issuedAt, amounts, status };
      });
      const invoices = await db.invoice.createManyAndReturn({
        data: batch.map(({ i, issuedAt, amounts, status }) => ({
          accountId,
          number: `${prefix}-${String(i).padStart(6, "0")}`,
          status,
          currency: "EUR",
          issuedAt,
          dueAt: new Date(issuedAt.getTime() + 14 * DAY_MS),
          paidAt: status === "PAID" ? issuedAt : null,
          subtotalMinor: amounts.subtotalMinor,
          taxRateBp: 2100,
          taxName: "VAT",
          taxMinor: amounts.taxMinor,
          totalMinor: amounts.totalMinor,
          seller,
          buyer,
        })),
        select: { id: true, number: true },
      });
      const byNumber = new Map(invoices.map((invoice) => [invoice.number, invoice.id]));
      await db.invoiceLine.createMany({
        data: batch.flatMap(({ i, amounts }) =>
          amounts.lines.map((line) => ({
            invoiceId: byNumber.get(`${prefix}-${String(i).padStart(6, "0")}`)!,
            position: line.position,
            description: line.description,
            quantity: line.quantity,
            unitPriceMinor: line.unitPriceMinor,
            amountMinor: line.amountMinor,
          })),
        ),
      });
    }
  }

  const account = await createAccount("Bench Account, S.L.");
  await fill(account.id, "BENCH", INVOICES);
  for (let n = 0; n < OTHER_ACCOUNTS; n++) await fill((await createAccount(`Other ${n}`)).id, `OTHER${n}`, INVOICES);
  await db.$executeRawUnsafe(`ANALYZE`);

  // The cursor after the 4,975th invoice: the last page of the list.
  let deepCursor: string | undefined;
  for (let page = 0; page < INVOICES / 25 - 1; page++) deepCursor = (await listInvoices(account.id, { filter: "all", cursor: deepCursor, now })).nextCursor ?? undefined;
  const deepPage = await listInvoices(account.id, { filter: "all", cursor: deepCursor, now });
  const someInvoice = (await listInvoices(account.id, { filter: "paid", now })).invoices[0]!;
  const details = (await invoiceDetails(account.id, someInvoice.id))!;
  const labels = invoicePdfLabels("en");
  const pdfBytes = (await buildInvoicePdf(details, labels)).byteLength;

  const total = await db.invoice.count();
  console.log(`PostgreSQL 18 (embedded, TCP on 127.0.0.1), Node ${process.version}; ${INVOICES} invoices in the account, ${total} in the table, ${await db.invoiceLine.count()} lines`);
  summary("list, first page (25, all)", await measure(RUNS, () => listInvoices(account.id, { filter: "all", now })));
  summary(`list, deep cursor page (after #${INVOICES - 25}, ${deepPage.invoices.length} rows)`, await measure(RUNS, () => listInvoices(account.id, { filter: "all", cursor: deepCursor, now })));
  summary("list, first page (25, unpaid)", await measure(RUNS, () => listInvoices(account.id, { filter: "unpaid", now })));
  summary("totals per status (running totals + overdue)", await measure(RUNS, () => invoiceTotals(account.id, now)));
  summary("PDF: load invoice with lines and payments", await measure(PDF_RUNS, () => invoiceDetails(account.id, someInvoice.id)));
  summary(`PDF: build (${(pdfBytes / 1024).toFixed(1)} KiB)`, await measure(PDF_RUNS, () => buildInvoicePdf(details, labels)));
  summary("PDF: load + build (what the route does)", await measure(PDF_RUNS, async () => buildInvoicePdf((await invoiceDetails(account.id, someInvoice.id))!, labels)));

  // The deep page as PostgreSQL runs it: the index range must start at the cursor.
  const [, issuedMs, lastId] = /^(\d+)_(.+)$/.exec(deepCursor!)!;
  const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN ANALYZE SELECT id FROM "Invoice" WHERE "accountId" = $1::uuid AND "issuedAt" <= $2::timestamp AND ("issuedAt" < $2::timestamp OR id < $3::uuid) ORDER BY "issuedAt" DESC, id DESC LIMIT 26`,
    account.id,
    new Date(Number(issuedMs)).toISOString().replace("T", " ").replace("Z", ""),
    lastId,
  );
  console.log("\nDeep page plan:\n" + plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n"));
  await closeDatabase();
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
