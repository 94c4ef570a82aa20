import { apiOperation } from "@/lib/api/api-route";
import { createDomainExtension, listDomainExtensions } from "@/lib/api/operations/catalog";
import * as admin from "@/lib/catalog/catalog-admin";
import { extensionBody } from "@/lib/catalog/catalog-bodies";
import { db } from "@/lib/db";

export const GET = apiOperation(listDomainExtensions, async ({ query }) => ({ data: (await admin.listExtensions(db, query)).map(extensionBody) }));
export const POST = apiOperation(createDomainExtension, async ({ body }) => extensionBody(await db.$transaction((tx) => admin.createExtension(tx, body))));
