import { db } from "@/lib/db";
import { DEMO_EXTENSIONS, DEMO_PRODUCTS } from "@/lib/catalog/demo-catalog";
import { writeCatalog } from "@/lib/catalog/write-catalog";

/**
 * The demo catalog (plans with prices in EUR, USD and GBP; the demo registrar's extensions),
 * written as the seed writes it. Safe to call from every test: rows are found by slug and
 * extension and rewritten, so a test that changed a price or stopped selling a plan should
 * call it again (or use its own slug) rather than rely on another file's order.
 */
export async function ensureDemoCatalog(): Promise<void> {
  // About fifty statements: more than Prisma's default 5 s when the machine is busy running other test files.
  await db.$transaction((tx) => writeCatalog(tx, { products: DEMO_PRODUCTS, extensions: DEMO_EXTENSIONS }), { timeout: 60_000 });
}
