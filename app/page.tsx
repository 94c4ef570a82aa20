import { redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current-user";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";

/** Where signing in lands: the one account a user belongs to, or the list when there are several (or none). */
export default async function HomePage() {
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in");
  if (session.awaitingSecondFactor) redirect("/sign-in/two-factor");
  const accounts = await listUserAccounts(session.user.id);
  redirect(accounts.length === 1 ? `/accounts/${accounts[0]!.id}` : "/user/accounts");
}
