import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";

/**
 * The signed-in user, loaded from the database once per request. A cookie for a user
 * who no longer exists or is not verified counts as signed out.
 */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findFirst({
    where: { id, emailVerifiedAt: { not: null } },
    select: { id: true, email: true, name: true, locale: true },
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** For pages behind sign-in: the user, or a redirect to /sign-in that comes back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const requested = (await headers()).get("x-request-path") ?? "/user";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(requested)}`);
}
