/**
 * `npm run bench:pdf`: how long building one invoice PDF takes on this machine, apart from the
 * route's access check and queries (figures only; the route is measured by bench:pages).
 */
import { performance } from "node:perf_hooks";
import { buildInvoicePdf, type InvoicePdfData } from "../../lib/invoices/invoice-pdf";
import { invoicePdfLabels } from "../../lib/invoices/invoice-pdf-labels";

const invoice: InvoicePdfData = {
  number: "INV-2026-000123",
  displayStatus: "PAID",
  currency: "EUR",
  issuedAt: new Date("2026-03-01T10:00:00Z"),
  dueAt: new Date("2026-03-15T10:00:00Z"),
  paidAt: new Date("2026-03-10T10:00:00Z"),
  seller: { name: "Example Hosting, S.L.", taxId: "ESB00000000", addressLines: ["Calle Ejemplo 1", "28001 Madrid"], country: "ES", email: "billing@hosting.example" },
  buyer: { name: "Atlas Web Group, S.L.", taxId: "ESA12345678", addressLines: ["Calle de Alcalá 42", "28014 Madrid"], country: "ES" },
  lines: Array.from({ length: 3 }, (_, i) => ({ description: `Web Hosting Pro (site${i}.example), March 2026`, quantity: 1, unitPriceMinor: 1499, amountMinor: 1499 })),
  subtotalMinor: 4497,
  taxName: "IVA",
  taxRateBp: 2100,
  taxMinor: 944,
  totalMinor: 5441,
  payments: [],
};

const labels = invoicePdfLabels("es");
const count = Number(process.argv[2] ?? 300);
for (let i = 0; i < 30; i++) await buildInvoicePdf(invoice, labels, "es"); // warm-up
const started = performance.now();
const cpuBefore = process.cpuUsage();
for (let i = 0; i < count; i++) await buildInvoicePdf(invoice, labels, "es");
const ms = (performance.now() - started) / count;
const cpu = process.cpuUsage(cpuBefore);
// CPU time is the figure to compare on a shared machine: wall time includes waiting for a core.
const cpuMs = (cpu.user + cpu.system) / 1000 / count;
console.log(`invoice PDF: ${cpuMs.toFixed(2)} ms of CPU per document (${(1000 / cpuMs).toFixed(0)} per second per core), ${ms.toFixed(2)} ms wall, over ${count}`);
