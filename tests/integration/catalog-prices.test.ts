/**
 * The catalog's prices are read from PostgreSQL as the provider left them: a plan or an
 * extension no longer sold has no price for new orders, while a name already held still renews.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { domainPrice, productPrice } from "@/lib/catalog/prices";
import { ensureDemoCatalog } from "../factories/catalog";

describe("catalog prices", () => {
  it("prices a plan per cycle and currency, and not in a currency it is not sold in", async () => {
    await ensureDemoCatalog();
    const { id: productId } = await db.product.findUniqueOrThrow({ where: { slug: "vps-m" } });
    expect(await productPrice(db, { productId, cycle: "MONTHLY", currency: "EUR" })).toBe(2499);
    expect(await productPrice(db, { productId, cycle: "MONTHLY", currency: "CHF" })).toBeNull();
    await db.product.update({ where: { id: productId }, data: { sold: false } });
    expect(await productPrice(db, { productId, cycle: "MONTHLY", currency: "EUR" })).toBeNull();
    await ensureDemoCatalog();
    expect(await productPrice(db, { productId, cycle: "MONTHLY", currency: "EUR" })).toBe(2499);
  });

  it("prices registering, renewing and transferring a name; an extension no longer sold only renews", async () => {
    await ensureDemoCatalog();
    expect(await domainPrice(db, { name: "nube.com", operation: "register", years: 2, currency: "EUR" })).toBe(1199 + 1399);
    expect(await domainPrice(db, { name: "nube.com", operation: "transfer", years: 1, currency: "EUR" })).toBe(1199);
    expect(await domainPrice(db, { name: "nube.com", operation: "transfer", years: 2, currency: "EUR" })).toBeNull();
    expect(await domainPrice(db, { name: "nube.xyz", operation: "register", years: 1, currency: "EUR" })).toBeNull();
    await db.domainExtension.update({ where: { extension: "io" }, data: { sold: false } });
    expect(await domainPrice(db, { name: "nube.io", operation: "register", years: 1, currency: "EUR" })).toBeNull();
    expect(await domainPrice(db, { name: "nube.io", operation: "renew", years: 1, currency: "EUR" })).toBe(4499);
    await ensureDemoCatalog();
  });
});
