/**
 * Demo data, safe to run again: it creates what is missing and leaves what exists.
 * Run by the run command on the embedded database, or `npx prisma db seed`.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { DEMO_USERS } from "./demo-users";

export async function seed(databaseUrl: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    for (const demo of DEMO_USERS) {
      const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
      if (existing) continue;
      await db.user.create({
        data: { email: demo.email, name: demo.name, passwordHash: await hashPassword(demo.password), emailVerifiedAt: new Date() },
      });
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
