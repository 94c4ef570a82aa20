/**
 * Demo data, safe to run again: it creates what is missing and leaves what exists.
 * Run by the run command on the embedded database, or `npx prisma db seed`.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { ACCOUNT_WORK_SEEDERS } from "./demo/account-work";
import { DEMO_ACCOUNTS, DEMO_USERS } from "./demo-users";

export async function seed(databaseUrl: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    const userIds = new Map<string, string>();
    for (const demo of DEMO_USERS) {
      const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
      const user =
        existing ??
        (await db.user.create({
          data: { email: demo.email, name: demo.name, passwordHash: await hashPassword(demo.password), emailVerifiedAt: new Date() },
          select: { id: true },
        }));
      userIds.set(demo.email, user.id);
    }

    const now = new Date();
    for (const [index, { owner, members, contacts, ...details }] of DEMO_ACCOUNTS.entries()) {
      const ownerId = userIds.get(owner)!;
      const exists = await db.clientAccount.findFirst({ where: { legalName: details.legalName, ownerId }, select: { id: true } });
      if (exists) continue;
      const accountId = await db.$transaction(async (tx) => {
        const account = await tx.clientAccount.create({ data: { ...details, ownerId }, select: { id: true } });
        await tx.membership.create({ data: { accountId: account.id, userId: ownerId } });
        for (const member of members) {
          await tx.membership.create({ data: { accountId: account.id, userId: userIds.get(member.email)!, builtInProfile: member.profile } });
        }
        for (const { categories, ...contact } of contacts) {
          await tx.contact.create({ data: { ...contact, accountId: account.id, country: details.country, emailCategories: categories } });
        }
        await tx.activityEvent.create({ data: { accountId: account.id, actorId: ownerId, kind: "account.created", details: { legalName: details.legalName, seeded: true } } });
        return account.id;
      });
      const memberIds = new Map([[owner, ownerId], ...members.map((member) => [member.email, userIds.get(member.email)!] as const)]);
      const contactRows = await db.contact.findMany({ where: { accountId }, select: { id: true, email: true } });
      const context = { db, accountId, index, ownerId, memberIds, contactIds: new Map(contactRows.map((row) => [row.email, row.id])), now, ...details };
      for (const seeder of ACCOUNT_WORK_SEEDERS) await seeder.seed(context);
    }
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  await seed(url);
  console.log("Seeded demo data.");
}
