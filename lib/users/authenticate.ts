import "server-only";
import { db } from "@/lib/db";
import { spendPasswordCheckTime, verifyPassword } from "@/lib/auth/password";
import { UserError } from "@/lib/errors/user-error";

/**
 * Checks an email and password. Unknown email and wrong password fail with the same error
 * after the same amount of work, so neither the message nor the timing tells them apart.
 * "Not verified" is only said once the password is right: to the address's owner.
 */
export async function authenticateWithPassword(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, locale: true, timeZone: true, passwordHash: true, emailVerifiedAt: true, twoFactorEnabledAt: true },
  });
  if (!user) {
    await spendPasswordCheckTime(password);
    throw new UserError("invalidCredentials");
  }
  if (!(await verifyPassword(password, user.passwordHash))) throw new UserError("invalidCredentials");
  if (!user.emailVerifiedAt) throw new UserError("emailNotVerified");
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, timeZone: user.timeZone, twoFactorEnabled: user.twoFactorEnabledAt !== null };
}
