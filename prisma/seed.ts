/**
 * Demo data, safe to run again: it creates what is missing and leaves what exists.
 * Run by the run command on its database (DATABASE_URL), in a process of its own:
 *   node --import ./scripts/lib/allow-server-only.mjs --import tsx prisma/seed.ts
 *
 * What the provider does goes through the provider's own functions, the ones its API calls
 * (accounts, seat limits, services, domains, invoices, staff replies); what the customers did
 * (signing up, joining, their contacts, cards, tickets and the past year's payments) is
 * written as the history it is. Each seeder says which is which.
 */
import { hashPassword } from "../lib/auth/password";
import { setSeatLimitAsProvider } from "../lib/accounts/provider-account-state";
import { createAccountForProvider } from "../lib/accounts/provider-create-account";
import { ZAccountDetails } from "../lib/accounts/schemas";
import { DEMO_EXTENSIONS, DEMO_PRODUCTS } from "../lib/catalog/demo-catalog";
import { writeCatalog } from "../lib/catalog/write-catalog";
import { closeDatabase, db } from "../lib/db";
import { ACCOUNT_WORK_SEEDERS } from "./demo/account-work";
import { DEMO_ACCOUNTS, DEMO_USERS } from "./demo-users";

type DemoAccount = (typeof DEMO_ACCOUNTS)[number];

/** The people sign up themselves: the provider's API never makes a user with a password. */
async function seedUsers(): Promise<Map<string, string>> {
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
  return userIds;
}

/**
 * The provider opens the account for its owner (POST /accounts: an existing user owns it at
 * once) and sets the seats it sold; the members who joined and the contacts the owner added
 * are the customer's side, written in one transaction.
 */
async function seedAccount({ owner, members, contacts, seatLimit, ...details }: DemoAccount, userIds: Map<string, string>): Promise<string> {
  // The details pass the checks every account's details pass; the document language follows the owner's.
  const checked = ZAccountDetails.omit({ documentLocale: true }).parse({ ...details, taxId: details.taxId ?? "", addressLine2: "", region: "" });
  const { id: accountId } = await createAccountForProvider({ details: checked, owner: { email: owner } });
  if (seatLimit !== null) await setSeatLimitAsProvider(accountId, seatLimit);
  await db.$transaction(async (tx) => {
    for (const member of members) {
      await tx.membership.create({ data: { accountId, userId: userIds.get(member.email)!, builtInProfile: member.profile } });
    }
    for (const { categories, ...contact } of contacts) {
      await tx.contact.create({ data: { ...contact, accountId, country: details.country, emailCategories: categories } });
    }
  });
  return accountId;
}

/** The provider's catalog, written once: a provider's own changes to it are never overwritten. */
async function seedCatalog(): Promise<void> {
  if ((await db.product.count()) > 0 || (await db.domainExtension.count()) > 0) return;
  // About 300 rows: on a busy machine this outlasts the default 5 s of an interactive transaction.
  await db.$transaction((tx) => writeCatalog(tx, { products: DEMO_PRODUCTS, extensions: DEMO_EXTENSIONS }), { timeout: 60_000 });
}

export async function seed(): Promise<void> {
  await seedCatalog();
  const userIds = await seedUsers();
  const now = new Date();
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    const ownerId = userIds.get(account.owner)!;
    const exists = await db.clientAccount.findFirst({ where: { legalName: account.legalName, ownerId }, select: { id: true } });
    if (exists) continue;
    const accountId = await seedAccount(account, userIds);
    const memberIds = new Map([[account.owner, ownerId], ...account.members.map((member) => [member.email, userIds.get(member.email)!] as const)]);
    const contactRows = await db.contact.findMany({ where: { accountId }, select: { id: true, email: true } });
    const { legalName, currency, country } = account;
    const context = { db, accountId, index, ownerId, memberIds, contactIds: new Map(contactRows.map((row) => [row.email, row.id])), now, legalName, currency, country };
    for (const seeder of ACCOUNT_WORK_SEEDERS) await seeder.seed(context);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set.");
  try {
    await seed();
    console.log("Seeded demo data.");
  } finally {
    await closeDatabase();
  }
}
