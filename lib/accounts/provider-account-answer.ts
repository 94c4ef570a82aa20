import "server-only";
import { accountForProvider } from "./provider-accounts";

/** A write's answer: the account as getAccount shows it, or null when the write found no such account. */
export async function accountAfterWrite(accountId: string, found: boolean) {
  return found ? accountForProvider(accountId) : null;
}
