import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export const FACTORY_PASSWORD = "correct-horse-battery-7";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.test`;
}

// bcrypt is slow on purpose; users with the factory password share one hash to keep tests quick.
let factoryPasswordHash: Promise<string> | undefined;

function passwordHashFor(password: string): Promise<string> {
  if (password !== FACTORY_PASSWORD) return hashPassword(password);
  return (factoryPasswordHash ??= hashPassword(FACTORY_PASSWORD));
}

/** A user straight in the database, verified unless told otherwise. */
export async function createUser(overrides: { email?: string; name?: string; password?: string; verified?: boolean } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      name: overrides.name ?? "Test Person",
      passwordHash: await passwordHashFor(overrides.password ?? FACTORY_PASSWORD),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}
