import { apiOperation } from "@/lib/api/api-route";
import { replaceProductPrices } from "@/lib/api/operations/catalog";
import * as admin from "@/lib/catalog/catalog-admin";
import { productBody } from "@/lib/catalog/catalog-bodies";
import { db } from "@/lib/db";

export const PUT = apiOperation(replaceProductPrices, async ({ params, body }) => productBody(await db.$transaction((tx) => admin.replaceProductPrices(tx, params.productId, body.prices))));
