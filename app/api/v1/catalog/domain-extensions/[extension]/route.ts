import { apiOperation } from "@/lib/api/api-route";
import { getDomainExtension, updateDomainExtension } from "@/lib/api/operations/catalog";
import * as admin from "@/lib/catalog/catalog-admin";
import { extensionBody } from "@/lib/catalog/catalog-bodies";
import { db } from "@/lib/db";

export const GET = apiOperation(getDomainExtension, async ({ params }) => extensionBody(await admin.getExtension(db, params.extension)));
export const PATCH = apiOperation(updateDomainExtension, async ({ params, body }) => extensionBody(await db.$transaction((tx) => admin.updateExtension(tx, params.extension, body))));
