import { randomBytes } from "node:crypto";
import { expect, test } from "./support/api-test";

/**
 * The catalog through the provider's API over real HTTP, every answer checked against the
 * served OpenAPI document. The plan made here is not sold, so no member's page (the upgrade
 * stories run on the same database) ever offers it.
 */

type Product = { id: string; slug: string; name: string; sold: boolean; prices: { cycle: string; currency: string; priceMinor: number }[] };
type Extension = { extension: string; sold: boolean; prices: { years: number; transferMinor: number | null }[] };

test("a plan is added unsold, changed, repriced and read back; a key without catalog:write may only read", async ({ api }) => {
  const slug = `e2e-plan-${randomBytes(4).toString("hex")}`;
  const created = await api.post<Product>("/catalog/products", {
    slug,
    kind: "EMAIL",
    name: "Email Archive",
    tier: 7,
    sold: false,
    server: "mail9.provider.example",
    mailboxesLimit: 200,
    prices: [{ cycle: "ANNUAL", currency: "EUR", priceMinor: 11_900 }],
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ slug, sold: false, prices: [{ cycle: "ANNUAL", currency: "EUR", priceMinor: 11_900 }] });

  const renamed = await api.patch<Product>(`/catalog/products/${created.body.id}`, { name: "Email Archive Plus" });
  expect(renamed.body.name).toBe("Email Archive Plus");
  const repriced = await api.put<Product>(`/catalog/products/${created.body.id}/prices`, { prices: [{ cycle: "MONTHLY", currency: "GBP", priceMinor: 999 }] });
  expect(repriced.body.prices).toEqual([{ cycle: "MONTHLY", currency: "GBP", priceMinor: 999 }]);
  const unsold = await api.get<{ data: Product[] }>("/catalog/products?sold=false&kind=EMAIL");
  expect(unsold.body.data.map((product) => product.slug)).toContain(slug);

  const invalid = await api.post("/catalog/products", { slug: "Bad Slug", kind: "EMAIL", name: "x", tier: 1, server: "mail9.provider.example", prices: [{ cycle: "MONTHLY", currency: "EUR", priceMinor: 1.5 }] });
  expect(invalid.status).toBe(422);

  const reader = await api.withScopes(["catalog:read"]);
  expect((await reader.get(`/catalog/products/${created.body.id}`)).status).toBe(200);
  expect((await reader.patch(`/catalog/products/${created.body.id}`, { sold: true })).status).toBe(403);
  const outsider = await api.withScopes(["services:read"]);
  expect((await outsider.get("/catalog/products")).status).toBe(403);
});

test("a domain extension is listed with its prices per years; the demo registrar's are all there", async ({ api }) => {
  const listed = await api.get<{ data: Extension[] }>("/catalog/domain-extensions");
  expect(listed.status).toBe(200);
  expect(listed.body.data.map((row) => row.extension)).toEqual(expect.arrayContaining(["com", "net", "org", "eu", "es", "de", "it", "io", "example"]));
  const com = await api.get<Extension>("/catalog/domain-extensions/com");
  expect(com.body.prices.filter((price) => price.transferMinor !== null).every((price) => price.years === 1)).toBe(true);
  expect((await api.get("/catalog/domain-extensions/not-sold-here")).status).toBe(404);
});
