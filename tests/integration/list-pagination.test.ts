/**
 * The account area's long lists, page by page as the pages ask for them: every row exactly
 * once and in order (rows sharing a sort key included), search that finds the one row and
 * takes `%` and `_` literally, and tenancy: another account's rows never appear, not even
 * through a cursor made on that account's list. The plans are checked with EXPLAIN on a table
 * big enough for the planner to prefer an index when one fits.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { KeysetPage } from "@/lib/pagination/keyset";
import { listServicesPage } from "@/lib/services/list-services";
import { createAccountWithOwner } from "../factories/accounts";

type Lister<T> = (cursor: string | undefined) => Promise<KeysetPage<T>>;

/** Every page of a list, following "Next page" until there is none. */
async function allPages<T extends { id: string }>(list: Lister<T>) {
  const pages: T[][] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await list(cursor);
    expect(page.isFirstPage).toBe(cursor === undefined);
    pages.push(page.items);
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
  }
  throw new Error("the list never ended");
}

/** The query plan PostgreSQL picks for a statement, as text. */
async function plan(sql: string, ...values: unknown[]) {
  await db.$executeRawUnsafe("ANALYZE");
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...values);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

async function twoAccounts() {
  const [a, b] = await Promise.all([createAccountWithOwner(), createAccountWithOwner()]);
  return { a: a.account, b: b.account };
}

describe("services", () => {
  const PRODUCTS = ["Web Hosting Pro", "VPS M", "Email Plus"];
  let a: { id: string };
  let b: { id: string };

  const serviceRows = (accountId: string, count: number, name: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => ({
      accountId,
      kind: "WEB_HOSTING" as const,
      productName: name(i),
      domain: `site-${i}-${randomUUID().slice(0, 8)}.example`,
      server: "node1.example",
      billingCycle: "MONTHLY" as const,
      priceMinor: 1000,
      currency: "EUR",
      panelRef: randomUUID(),
    }));

  beforeAll(async () => {
    ({ a, b } = await twoAccounts());
    // 123 services in A, most sharing one of three product names (ties broken by id), and a few
    // whose names hold the characters LIKE treats as wildcards.
    await db.service.createMany({ data: serviceRows(a.id, 120, (i) => PRODUCTS[i % 3]!) });
    await db.service.createMany({ data: serviceRows(a.id, 1, () => "Backup 100% uptime") });
    await db.service.createMany({ data: serviceRows(a.id, 1, () => "Backup 1000 uptime") });
    await db.service.createMany({ data: serviceRows(a.id, 1, () => "Mail_box plan") });
    await db.service.createMany({ data: serviceRows(b.id, 80, (i) => PRODUCTS[i % 3]!) });
  });

  it("pages of 50 cover every service exactly once, in (product, id) order, with ties on the product", async () => {
    const pages = await allPages((cursor) => listServicesPage(a.id, { cursor }));
    expect(pages.map((page) => page.length)).toEqual([50, 50, 23]);
    const ids = pages.flat().map((service) => service.id);
    expect(new Set(ids).size).toBe(123);
    const everything = await db.service.findMany({ where: { accountId: a.id }, orderBy: [{ productName: "asc" }, { id: "asc" }], select: { id: true } });
    expect(ids).toEqual(everything.map((service) => service.id));
  });

  it("keeps the kind filter and the search across pages", async () => {
    expect((await allPages((cursor) => listServicesPage(a.id, { cursor, kind: "VPS" }))).flat()).toEqual([]);
    const hosting = (await allPages((cursor) => listServicesPage(a.id, { cursor, search: "web hosting" }))).flat();
    expect(hosting).toHaveLength(40);
    expect(hosting.every((service) => service.productName === "Web Hosting Pro")).toBe(true);
  });

  it("finds one service by product or domain, ignoring case, and takes % and _ literally", async () => {
    const names = async (search: string) => (await listServicesPage(a.id, { search })).items.map((service) => service.productName);
    expect(await names("100%")).toEqual(["Backup 100% uptime"]);
    expect(await names("backup 1000")).toEqual(["Backup 1000 uptime"]);
    expect(await names("l_b")).toEqual(["Mail_box plan"]);
    expect(await names("%")).toEqual(["Backup 100% uptime"]);
    expect(await names("_")).toEqual(["Mail_box plan"]);
    expect(await names("\\")).toEqual([]);
    const one = await db.service.findFirstOrThrow({ where: { accountId: a.id, productName: "VPS M" } });
    expect((await listServicesPage(a.id, { search: one.domain!.toUpperCase() })).items.map((service) => service.id)).toEqual([one.id]);
  });

  it("never shows another account's services, not even through that account's cursor", async () => {
    const theirs = new Set((await db.service.findMany({ where: { accountId: b.id }, select: { id: true } })).map((service) => service.id));
    const mine = (await allPages((cursor) => listServicesPage(a.id, { cursor }))).flat();
    expect(mine.filter((service) => theirs.has(service.id))).toEqual([]);
    const theirCursor = (await listServicesPage(b.id, {})).nextCursor;
    expect(theirCursor).not.toBeNull();
    const page = await listServicesPage(a.id, { cursor: theirCursor! });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.filter((service) => theirs.has(service.id))).toEqual([]);
    expect(await listServicesPage(a.id, { search: "Web", cursor: theirCursor! }).then((p) => p.items.every((service) => !theirs.has(service.id)))).toBe(true);
  });

  it("reads a page through the (accountId, productName, id) index, with no sequential scan or sort", async () => {
    // Enough other tenants' services that reading the whole table would cost more than the index.
    const other = await createAccountWithOwner();
    await db.service.createMany({ data: serviceRows(other.account.id, 5_000, (i) => `Plan ${i % 40}`) });
    const after = await plan(
      `SELECT "id" FROM "Service" WHERE "accountId" = $1::uuid AND "productName" >= $2 AND ("productName" > $2 OR "id" > $3::uuid) ORDER BY "productName" ASC, "id" ASC LIMIT 51`,
      a.id,
      "VPS M",
      randomUUID(),
    );
    expect(after).toContain("Service_accountId_productName_id_idx");
    expect(after).not.toMatch(/Seq Scan|Sort/);
    const ofKind = await plan(`SELECT "id" FROM "Service" WHERE "accountId" = $1::uuid AND "kind" = 'VPS' ORDER BY "productName" ASC, "id" ASC LIMIT 51`, a.id);
    expect(ofKind).toContain("Service_accountId_kind_productName_id_idx");
    expect(ofKind).not.toMatch(/Seq Scan|Sort/);
  });
});
