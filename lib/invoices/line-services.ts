import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";

/**
 * Before the provider's API issues an invoice: each line's serviceId must be a service of the
 * account, or that line's field is named in a 422 (writeInvoice refuses them too, inside its
 * transaction, but only as "not found", which would read as a missing account). A missing
 * account is "not found".
 */
export async function checkLineServices(accountId: string, lines: readonly { serviceId?: string | null }[]): Promise<void> {
  const account = await db.clientAccount.findUnique({ where: { id: accountId }, select: { id: true } });
  if (!account) throw new UserError("notFound");
  const named = [...new Set(lines.flatMap((line) => (line.serviceId ? [line.serviceId] : [])))];
  if (!named.length) return;
  const found = new Set((await db.service.findMany({ where: { id: { in: named }, accountId }, select: { id: true } })).map((service) => service.id));
  const issues = lines.flatMap((line, index) =>
    line.serviceId && !found.has(line.serviceId) ? [{ code: "custom" as const, path: ["lines", index, "serviceId"], message: "No service of this account has this id.", input: line.serviceId }] : [],
  );
  if (issues.length) throw new z.ZodError(issues);
}
