import { apiOperation } from "@/lib/api/api-route";
import { getProduct, updateProduct } from "@/lib/api/operations/catalog";
import * as admin from "@/lib/catalog/catalog-admin";
import { productBody } from "@/lib/catalog/catalog-bodies";
import { db } from "@/lib/db";

export const GET = apiOperation(getProduct, async ({ params }) => productBody(await admin.getProduct(db, params.productId)));
export const PATCH = apiOperation(updateProduct, async ({ params, body }) => productBody(await db.$transaction((tx) => admin.updateProduct(tx, params.productId, body))));
