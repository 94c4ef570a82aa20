import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export const FACTORY_PASSWORD = "correct-horse-battery-7";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.test`;
}

/** A user straight in the database, verified unless told otherwise. */
export async function createUser(overrides: { email?: string; name?: string; password?: string; verified?: boolean } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      name: overrides.name ?? "Test Person",
      passwordHash: await hashPassword(overrides.password ?? FACTORY_PASSWORD),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}
