import { z } from "zod";
import {
  ZCreateExtension,
  ZCreateProduct,
  ZCurrency,
  ZCycle,
  ZExtensionName,
  ZKind,
  ZReplaceProductPrices,
  ZSlug,
  ZUpdateExtension,
  ZUpdateProduct,
} from "@/lib/catalog/catalog-schemas";
import { defineOperation } from "../operation";
import { ZId, ZTimestamp } from "./common";

/** The catalog: plans with their prices per cycle and currency, domain extensions with prices per years. */

const limit = z.number().int().nullable();

export const ZApiProduct = z
  .object({
    id: ZId,
    slug: ZSlug,
    kind: ZKind,
    name: z.string(),
    tier: z.number().int(),
    sold: z.boolean().meta({ description: "false: not offered for new orders or upgrades; services on it keep it." }),
    diskLimitMb: limit,
    bandwidthLimitMb: limit,
    mailboxesLimit: limit,
    cpuCores: limit,
    memoryMb: limit,
    panelDriver: z.string(),
    server: z.string(),
    prices: z.array(z.object({ cycle: ZCycle, currency: ZCurrency, priceMinor: z.number().int().meta({ description: "For one whole cycle, in minor units (cents)." }) })),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "Product" });

export const ZApiExtension = z
  .object({
    extension: z.string().meta({ description: "Without the dot: com, co.uk." }),
    registrar: z.string(),
    sold: z.boolean().meta({ description: "false: no new registrations or transfers; names already held still renew." }),
    prices: z.array(
      z.object({
        currency: ZCurrency,
        years: z.number().int(),
        registerMinor: z.number().int(),
        renewMinor: z.number().int(),
        transferMinor: z.number().int().nullable().meta({ description: "1 year only; null for more years." }),
      }),
    ),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "DomainExtension" });

const ZBoolean = z.enum(["true", "false"], { error: "sold is true or false." }).transform((value) => value === "true");
const ZProductPath = z.strictObject({ productId: ZId });
const ZExtensionPath = z.strictObject({ extension: ZExtensionName });

export const listProducts = defineOperation({
  operationId: "listProducts",
  method: "GET",
  path: "/catalog/products",
  tag: "Catalog",
  summary: "List the plans with their prices",
  description: "The whole catalog in one answer (it is small), by kind and tier; filtered by kind and whether sold.",
  scope: "catalog:read",
  query: z.strictObject({ kind: ZKind.optional(), sold: ZBoolean.optional() }),
  response: { status: 200, schema: z.object({ data: z.array(ZApiProduct) }) },
});

export const getProduct = defineOperation({
  operationId: "getProduct",
  method: "GET",
  path: "/catalog/products/{productId}",
  tag: "Catalog",
  summary: "Get a plan with its prices",
  scope: "catalog:read",
  params: ZProductPath,
  response: { status: 200, schema: ZApiProduct },
  problems: ["not-found"],
});

export const createProduct = defineOperation({
  operationId: "createProduct",
  method: "POST",
  path: "/catalog/products",
  tag: "Catalog",
  summary: "Add a plan with its prices",
  description: "One price per cycle and currency, in minor units. A slug already in the catalog answers 409; a provisioning driver that is not installed 422.",
  scope: "catalog:write",
  body: ZCreateProduct,
  idempotent: true,
  response: { status: 201, schema: ZApiProduct },
  problems: ["conflict"],
});

export const updateProduct = defineOperation({
  operationId: "updateProduct",
  method: "PATCH",
  path: "/catalog/products/{productId}",
  tag: "Catalog",
  summary: "Change a plan, or stop selling it",
  description: "Only the fields given change; slug and kind never do. `sold: false` stops selling the plan: plans are never deleted, so services on it keep it. New limits apply to services that move to the plan from now on.",
  scope: "catalog:write",
  params: ZProductPath,
  body: ZUpdateProduct,
  response: { status: 200, schema: ZApiProduct },
  problems: ["not-found"],
});

export const replaceProductPrices = defineOperation({
  operationId: "replaceProductPrices",
  method: "PUT",
  path: "/catalog/products/{productId}/prices",
  tag: "Catalog",
  summary: "Replace a plan's prices",
  description: "The list given becomes the plan's prices. Services already on the plan keep their own price until changed with PATCH /services/{serviceId}.",
  scope: "catalog:write",
  params: ZProductPath,
  body: ZReplaceProductPrices,
  response: { status: 200, schema: ZApiProduct },
  problems: ["not-found"],
});

export const listDomainExtensions = defineOperation({
  operationId: "listDomainExtensions",
  method: "GET",
  path: "/catalog/domain-extensions",
  tag: "Catalog",
  summary: "List the domain extensions with their prices",
  description: "Every extension in one answer, alphabetically; filtered by whether sold.",
  scope: "catalog:read",
  query: z.strictObject({ sold: ZBoolean.optional() }),
  response: { status: 200, schema: z.object({ data: z.array(ZApiExtension) }) },
});

export const getDomainExtension = defineOperation({
  operationId: "getDomainExtension",
  method: "GET",
  path: "/catalog/domain-extensions/{extension}",
  tag: "Catalog",
  summary: "Get a domain extension with its prices",
  scope: "catalog:read",
  params: ZExtensionPath,
  response: { status: 200, schema: ZApiExtension },
  problems: ["not-found"],
});

export const createDomainExtension = defineOperation({
  operationId: "createDomainExtension",
  method: "POST",
  path: "/catalog/domain-extensions",
  tag: "Catalog",
  summary: "Add a domain extension with its prices",
  description: "Prices per currency and number of years (1 to 10); a transfer price only for 1 year. An extension already in the catalog answers 409; a registrar driver that is not installed 422.",
  scope: "catalog:write",
  body: ZCreateExtension,
  idempotent: true,
  response: { status: 201, schema: ZApiExtension },
  problems: ["conflict"],
});

export const updateDomainExtension = defineOperation({
  operationId: "updateDomainExtension",
  method: "PATCH",
  path: "/catalog/domain-extensions/{extension}",
  tag: "Catalog",
  summary: "Change a domain extension's registrar or prices, or stop selling it",
  description: "Only the fields given change; `prices` replaces them all. `sold: false` stops new registrations and transfers; names already held still renew.",
  scope: "catalog:write",
  params: ZExtensionPath,
  body: ZUpdateExtension,
  response: { status: 200, schema: ZApiExtension },
  problems: ["not-found"],
});
