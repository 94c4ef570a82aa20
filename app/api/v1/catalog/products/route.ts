import { apiOperation } from "@/lib/api/api-route";
import { createProduct, listProducts } from "@/lib/api/operations/catalog";
import * as admin from "@/lib/catalog/catalog-admin";
import { productBody } from "@/lib/catalog/catalog-bodies";
import { db } from "@/lib/db";

export const GET = apiOperation(listProducts, async ({ query }) => ({ data: (await admin.listProducts(db, query)).map(productBody) }));
export const POST = apiOperation(createProduct, async ({ body }) => productBody(await db.$transaction((tx) => admin.createProduct(tx, body))));
