/**
 * The catalog through the provider's API (/api/v1/catalog) and the catalog script's import
 * and export: the route handlers called as Next calls them, every answer checked against the
 * served OpenAPI document; the database is real.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/keys";
import { openApiDocument } from "@/lib/api/openapi/document";
import { exportCatalog } from "@/lib/catalog/catalog-file";
import { runCatalogImport } from "@/lib/catalog/run-import";
import { productPrice } from "@/lib/catalog/prices";
import { ensureDemoCatalog } from "../factories/catalog";
import { createAccountWithOwner } from "../factories/accounts";
import { createTestService } from "../factories/services";
import { callApi } from "../support/api-call";

const products = await import("@/app/api/v1/catalog/products/route");
const product = await import("@/app/api/v1/catalog/products/[productId]/route");
const prices = await import("@/app/api/v1/catalog/products/[productId]/prices/route");
const extensions = await import("@/app/api/v1/catalog/domain-extensions/route");
const extension = await import("@/app/api/v1/catalog/domain-extensions/[extension]/route");

let writer: string;
let reader: string;
let outsider: string;

/** Every answer must be what the OpenAPI document says for its operation and status. */
const document = openApiDocument("http://localhost");
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: "openapi", components: document.components });
type Answer = Awaited<ReturnType<typeof callApi>>;
function described(template: string, method: string, answer: Answer): Answer {
  const operation = (document.paths[template] as Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>)[method]!;
  const response = operation.responses[String(answer.status)];
  expect(response, `${method.toUpperCase()} ${template} does not list ${answer.status}`).toBeDefined();
  const schema = Object.values(response!.content)[0]!.schema;
  const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')));
  expect(validate(answer.body), ajv.errorsText(validate.errors)).toBe(true);
  return answer;
}

const PLAN = {
  slug: "cloud-storage-xl",
  kind: "WEB_HOSTING",
  name: "Cloud Storage XL",
  tier: 9,
  server: "web99.example.net",
  diskLimitMb: 512_000,
  prices: [
    { cycle: "MONTHLY", currency: "EUR", priceMinor: 4999 },
    { cycle: "ANNUAL", currency: "USD", priceMinor: 59_900 },
  ],
};

const create = (body: unknown, token = writer) => callApi(products.POST, "POST", { token, path: "/catalog/products", body }).then((answer) => described("/catalog/products", "post", answer));
const patch = (productId: string, body: unknown, token = writer) =>
  callApi(product.PATCH, "PATCH", { token, path: `/catalog/products/${productId}`, params: { productId }, body }).then((answer) => described("/catalog/products/{productId}", "patch", answer));
const putPrices = (productId: string, body: unknown) =>
  callApi(prices.PUT, "PUT", { token: writer, path: `/catalog/products/${productId}/prices`, params: { productId }, body }).then((answer) => described("/catalog/products/{productId}/prices", "put", answer));
const fields = (answer: Answer) => (answer.body?.errors ?? []).map((error) => error.field);

beforeAll(async () => {
  await ensureDemoCatalog();
  writer = (await createApiKey({ name: "catalog writer", scopes: ["catalog:write"], allowedNetworks: [] })).token;
  reader = (await createApiKey({ name: "catalog reader", scopes: ["catalog:read"], allowedNetworks: [] })).token;
  outsider = (await createApiKey({ name: "services only", scopes: ["services:write"], allowedNetworks: [] })).token;
});

describe("plans", () => {
  it("are created with their prices, read, listed and filtered", async () => {
    const created = await create(PLAN);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "cloud-storage-xl", sold: true, panelDriver: "demo", diskLimitMb: 512_000, cpuCores: null, prices: expect.arrayContaining([{ cycle: "MONTHLY", currency: "EUR", priceMinor: 4999 }]) });
    const productId = created.body!.id as string;
    const read = described("/catalog/products/{productId}", "get", await callApi(product.GET, "GET", { token: reader, path: `/catalog/products/${productId}`, params: { productId } }));
    expect(read.body).toEqual(created.body);
    const hosting = described("/catalog/products", "get", await callApi(products.GET, "GET", { token: reader, path: "/catalog/products?kind=WEB_HOSTING" }));
    expect((hosting.body!.data as { slug: string }[]).map((row) => row.slug)).toEqual(["web-hosting-starter", "web-hosting-pro", "web-hosting-business", "cloud-storage-xl"]);
    // Checkout and renewals read the same rows.
    expect(await productPrice(db, { productId, cycle: "ANNUAL", currency: "USD" })).toBe(59_900);
  });

  it("refuse a slug already taken (409), and bad input field by field (422), writing nothing", async () => {
    const before = await db.product.count();
    expect((await create({ ...PLAN, slug: "web-hosting-pro" })).status).toBe(409);
    const bad = await create({
      ...PLAN,
      slug: "Not A Slug",
      kind: "DEDICATED",
      tier: 0,
      colour: "blue",
      prices: [
        { cycle: "WEEKLY", currency: "EUR", priceMinor: 100 },
        { cycle: "MONTHLY", currency: "XXX", priceMinor: 100 },
        { cycle: "MONTHLY", currency: "EUR", priceMinor: 0 },
        { cycle: "ANNUAL", currency: "EUR", priceMinor: 9.99 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(fields(bad)).toEqual(expect.arrayContaining(["slug", "kind", "tier", "colour", "prices.0.cycle", "prices.1.currency", "prices.2.priceMinor", "prices.3.priceMinor"]));
    const twice = await create({ ...PLAN, slug: "twice", prices: [PLAN.prices[0], PLAN.prices[0]] });
    expect(fields(twice)).toEqual(["prices.1"]);
    expect(fields(await create({ ...PLAN, slug: "no-driver", panelDriver: "cpanel" }))).toEqual(["panelDriver"]);
    expect(fields(await create({ ...PLAN, slug: "no-prices", prices: [] }))).toEqual(["prices"]);
    expect(await db.product.count()).toBe(before);
  });

  it("are changed field by field, their prices replaced, and stop being sold without being deleted: services on them keep them", async () => {
    const { account } = await createAccountWithOwner();
    const pro = await db.product.findUniqueOrThrow({ where: { slug: "web-hosting-pro" } });
    const service = await createTestService(account.id, { kind: "WEB_HOSTING", productName: "Web Hosting Pro" });
    expect(service.productId).toBe(pro.id);

    const changed = await patch(pro.id, { name: "Web Hosting Pro 2027", mailboxesLimit: null });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ slug: "web-hosting-pro", kind: "WEB_HOSTING", name: "Web Hosting Pro 2027", mailboxesLimit: null, tier: pro.tier });
    expect(fields(await patch(pro.id, { kind: "VPS" }))).toContain("kind");
    expect(fields(await patch(pro.id, {}))).toEqual([""]);

    const replaced = await putPrices(pro.id, { prices: [{ cycle: "MONTHLY", currency: "EUR", priceMinor: 1099 }] });
    expect(replaced.body!.prices).toEqual([{ cycle: "MONTHLY", currency: "EUR", priceMinor: 1099 }]);

    const stopped = await patch(pro.id, { sold: false });
    expect(stopped.body).toMatchObject({ sold: false });
    expect(await productPrice(db, { productId: pro.id, cycle: "MONTHLY", currency: "EUR" })).toBeNull();
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({ productId: pro.id, productName: "Web Hosting Pro", priceMinor: service.priceMinor });
    const unsold = described("/catalog/products", "get", await callApi(products.GET, "GET", { token: reader, path: "/catalog/products?sold=false" }));
    expect((unsold.body!.data as { slug: string }[]).map((row) => row.slug)).toContain("web-hosting-pro");
    await ensureDemoCatalog();
  });

  it("answer 404 for an id that is not there or not an id", async () => {
    const missing = "01a00000-0000-7000-8000-000000000000";
    expect((await patch(missing, { sold: false })).status).toBe(404);
    expect((await putPrices(missing, { prices: PLAN.prices })).status).toBe(404);
    expect((await callApi(product.GET, "GET", { token: reader, path: "/catalog/products/nope", params: { productId: "nope" } })).status).toBe(404);
  });
});

describe("domain extensions", () => {
  const EXTENSION = {
    extension: "shop",
    prices: [
      { currency: "EUR", years: 1, registerMinor: 2999, renewMinor: 3499, transferMinor: 2999 },
      { currency: "EUR", years: 2, registerMinor: 6498, renewMinor: 6998 },
    ],
  };
  const post = (body: unknown) => callApi(extensions.POST, "POST", { token: writer, path: "/catalog/domain-extensions", body }).then((answer) => described("/catalog/domain-extensions", "post", answer));
  const change = (name: string, body: unknown) =>
    callApi(extension.PATCH, "PATCH", { token: writer, path: `/catalog/domain-extensions/${name}`, params: { extension: name }, body }).then((answer) => described("/catalog/domain-extensions/{extension}", "patch", answer));

  it("are created with prices per years, read, listed, changed and stop being sold", async () => {
    const created = await post(EXTENSION);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ extension: "shop", registrar: "demo", sold: true, prices: [expect.objectContaining({ years: 1, transferMinor: 2999 }), expect.objectContaining({ years: 2, transferMinor: null })] });
    expect((await post(EXTENSION)).status).toBe(409);
    const read = described("/catalog/domain-extensions/{extension}", "get", await callApi(extension.GET, "GET", { token: reader, path: "/catalog/domain-extensions/shop", params: { extension: "shop" } }));
    expect(read.body).toEqual(created.body);
    const listed = described("/catalog/domain-extensions", "get", await callApi(extensions.GET, "GET", { token: reader, path: "/catalog/domain-extensions" }));
    expect((listed.body!.data as { extension: string }[]).map((row) => row.extension)).toEqual(expect.arrayContaining(["com", "es", "shop"]));

    const changed = await change("shop", { sold: false, prices: [{ currency: "USD", years: 1, registerMinor: 3299, renewMinor: 3799, transferMinor: null }] });
    expect(changed.body).toMatchObject({ sold: false, prices: [{ currency: "USD", years: 1, registerMinor: 3299, renewMinor: 3799, transferMinor: null }] });
    expect((await change("nope", { sold: false })).status).toBe(404);
  });

  it("refuse years outside 1..10, a transfer price for more than a year, an unknown currency or registrar, writing nothing", async () => {
    const before = await db.domainPrice.count();
    const bad = await post({
      extension: "blog",
      prices: [
        { currency: "EUR", years: 11, registerMinor: 1, renewMinor: 1 },
        { currency: "ABC", years: 1, registerMinor: 1, renewMinor: 1 },
        { currency: "EUR", years: 1, registerMinor: -5, renewMinor: 1 },
      ],
    });
    expect(fields(bad)).toEqual(["prices.0.years", "prices.1.currency", "prices.2.registerMinor"]);
    // The rules across entries are checked once every entry is valid on its own.
    const transfer = await post({ extension: "blog", prices: [{ currency: "EUR", years: 1, registerMinor: 1, renewMinor: 1 }, { currency: "EUR", years: 3, registerMinor: 1, renewMinor: 1, transferMinor: 500 }, { currency: "EUR", years: 1, registerMinor: 2, renewMinor: 2 }] });
    expect(fields(transfer)).toEqual(["prices.1.transferMinor", "prices.2"]);
    expect(fields(await post({ ...EXTENSION, extension: ".blog" }))).toEqual(["extension"]);
    expect(fields(await post({ ...EXTENSION, extension: "blog", registrar: "gandi" }))).toEqual(["registrar"]);
    expect(await db.domainPrice.count()).toBe(before);
    expect(await db.domainExtension.findUnique({ where: { extension: "blog" } })).toBeNull();
  });
});

describe("scopes", () => {
  it("catalog:read reads but may not write; a key without a catalog scope gets 403 for both", async () => {
    expect((await create({ ...PLAN, slug: "by-reader" }, reader)).status).toBe(403);
    for (const token of [outsider]) {
      expect((await callApi(products.GET, "GET", { token, path: "/catalog/products" })).status).toBe(403);
      expect((await callApi(extensions.GET, "GET", { token, path: "/catalog/domain-extensions" })).status).toBe(403);
      expect((await create({ ...PLAN, slug: "by-outsider" }, token)).status).toBe(403);
    }
    expect(await db.product.count({ where: { slug: { in: ["by-reader", "by-outsider"] } } })).toBe(0);
  });
});

describe("the catalog script's import and export", () => {
  it("export then import is no change; an edited file changes exactly what it says, in one transaction; a dry run writes nothing", async () => {
    await ensureDemoCatalog();
    const exported = await exportCatalog(db);
    expect(exported.products.map((row) => row.slug)).toContain("vps-m");
    // The printed JSON is what the script reads back.
    const file = JSON.parse(JSON.stringify(exported)) as typeof exported;
    expect(await runCatalogImport(db, file, { dryRun: false })).toEqual({ changes: [], written: true });

    const vpsM = file.products.find((row) => row.slug === "vps-m")!;
    vpsM.name = "VPS Medium";
    vpsM.prices = vpsM.prices.filter((price) => price.currency === "EUR");
    file.products.push({ ...PLAN, slug: "from-file", kind: "VPS", sold: true, panelDriver: "demo", diskLimitMb: null, bandwidthLimitMb: null, mailboxesLimit: null, cpuCores: 2, memoryMb: null, prices: [{ cycle: "MONTHLY", currency: "GBP", priceMinor: 700 }] });
    file.extensions.find((row) => row.extension === "io")!.sold = false;

    const before = await exportCatalog(db);
    const dry = await runCatalogImport(db, file, { dryRun: true });
    expect(dry).toEqual({
      written: false,
      changes: ["update plan vps-m: name", "replace the prices of plan vps-m: 15 → 5 price(s)", "create plan from-file (Cloud Storage XL) with 1 price(s)", "update extension .io: sold"],
    });
    expect(await exportCatalog(db)).toEqual(before);

    expect(await runCatalogImport(db, file, { dryRun: false })).toEqual({ ...dry, written: true });
    expect(await exportCatalog(db)).toEqual(expect.objectContaining({ products: expect.arrayContaining([expect.objectContaining({ slug: "vps-m", name: "VPS Medium" }), expect.objectContaining({ slug: "from-file" })]) }));
    expect((await db.domainExtension.findUniqueOrThrow({ where: { extension: "io" } })).sold).toBe(false);
    expect(await runCatalogImport(db, file, { dryRun: false })).toEqual({ changes: [], written: true });
    await ensureDemoCatalog();
  });

  it("refuses a file with a bad field, a slug twice or a plan changing kind, and writes nothing of it", async () => {
    const before = await exportCatalog(db);
    const good = { ...PLAN, slug: "never-written" };
    await expect(runCatalogImport(db, { products: [good, { ...good, prices: [{ cycle: "MONTHLY", currency: "EUR", priceMinor: -1 }] }] }, { dryRun: false })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["products", 1, "prices", 0, "priceMinor"] })]) });
    await expect(runCatalogImport(db, { products: [good, good] }, { dryRun: false })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["products", 1, "slug"] })] });
    const vpsS = before.products.find((row) => row.slug === "vps-s")!;
    // The first entry would be written; the second fails: the transaction leaves neither.
    await expect(runCatalogImport(db, { products: [good, { ...vpsS, kind: "EMAIL" }] }, { dryRun: false })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["products", "1", "kind"] })] });
    expect(await exportCatalog(db)).toEqual(before);
  });
});
