import { randomBytes } from "node:crypto";
import { hashSync } from "@node-rs/bcrypt";
import { deviceLabel } from "../../../lib/http/client-info";
import { PSEUDO_LOCALE } from "../../../lib/i18n/pseudo";
import { writeAccount } from "../../../lib/accounts/write-account";
import { defaultLocale, isLocale } from "../../../lib/i18n/config";
import { withE2eDatabase } from "./e2e-database";
import { asciiWords } from "./untranslated-text";

type DatabaseMember = { id: string; email: string; password: string; accountId: string; timeZone: string };

/**
 * A new verified user who is Super administrator of the account (every page of it), made
 * straight in the database, reading `locale` in `timeZone`.
 */
export function memberInDatabase(legalName: string, { locale, timeZone }: { locale: string; timeZone: string }): Promise<DatabaseMember> {
  const [email, password] = [`member-${randomBytes(5).toString("hex")}@e2e.example`, `member-${randomBytes(8).toString("hex")}`];
  return withE2eDatabase(async (db) => {
    const account = await db.clientAccount.findFirstOrThrow({ where: { legalName }, select: { id: true } });
    const user = await db.user.create({
      data: { email, name: `Member ${timeZone}`, passwordHash: hashSync(password, 10), locale, timeZone, emailVerifiedAt: new Date() },
      select: { id: true },
    });
    await db.membership.create({ data: { accountId: account.id, userId: user.id, builtInProfile: "SUPER_ADMINISTRATOR" } });
    return { id: user.id, email, password, accountId: account.id, timeZone };
  });
}

/**
 * A person who has signed up and confirmed their address already, made straight in the
 * database: the common start of stories where the sign-up form is not what is under test
 * (tests/e2e/sign-up.spec.ts and languages.spec.ts go through it).
 */
export function createVerifiedUser(person: { name: string; email: string; password: string }, locale = "en"): Promise<string> {
  return withE2eDatabase(async (db) => {
    const user = await db.user.create({
      data: { email: person.email, name: person.name, passwordHash: hashSync(person.password, 10), locale, emailVerifiedAt: new Date() },
      select: { id: true },
    });
    return user.id;
  });
}

/** The reader of the pseudo-locale pass: the profile form rightly never offers that language. */
export function pseudoLocaleMember(legalName: string): Promise<DatabaseMember> {
  return memberInDatabase(legalName, { locale: PSEUDO_LOCALE, timeZone: "Europe/Madrid" });
}

/** When the account's first event of a kind was recorded. */
export function firstEventAt(accountId: string, kind: string): Promise<Date> {
  return withE2eDatabase(async (db) => (await db.activityEvent.findFirstOrThrow({ where: { accountId, kind }, orderBy: { id: "asc" }, select: { createdAt: true } })).createdAt);
}

/** Columns that are never shown as they are stored (secrets, delivered bodies, enum values are caught below). */
const NEVER_SHOWN = new Set(["passwordHash", "tokenHash", "html", "text", "secret", "twoFactorSecret"]);

function stringsIn(value: unknown, key = ""): string[] {
  if (NEVER_SHOWN.has(key)) return [];
  if (typeof value === "string") return /^[A-Z][A-Z_]*$/.test(value) ? [] : [value]; // an enum value shown raw is a bug
  if (Array.isArray(value)) return value.flatMap((item) => stringsIn(item));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([inner, item]) => stringsIn(item, inner));
  return [];
}

const ACCOUNT_TABLES = ["Membership", "AccountProfile", "Invitation", "ActivityEvent", "Contact", "Domain", "Service", "ServiceRequest", "Invoice", "PaymentMethod", "Payment", "SupportTicket"];

/**
 * The words of everything the account's pages may show as data: its own row and its
 * records', every user's name and address, the reader's devices; with `emails`, the stored
 * emails too (the email history shows them as they were sent, in their recipient's language).
 */
export function wordsOfAccountData(accountId: string, readerId: string, options: { emails?: boolean } = {}): Promise<Set<string>> {
  return withE2eDatabase(async (db) => {
    const rows = (sql: string) => db.$queryRawUnsafe<{ row: unknown }[]>(sql, accountId);
    const queries = [
      `SELECT row_to_json(t) AS row FROM "ClientAccount" t WHERE id = $1::uuid`,
      ...ACCOUNT_TABLES.map((table) => `SELECT row_to_json(t) AS row FROM "${table}" t WHERE "accountId" = $1::uuid`),
      `SELECT row_to_json(l) AS row FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId" WHERE i."accountId" = $1::uuid`,
      `SELECT row_to_json(r) AS row FROM "TicketReply" r JOIN "SupportTicket" s ON s.id = r."ticketId" WHERE s."accountId" = $1::uuid`,
      `SELECT json_build_object('name', name, 'email', email) AS row FROM "User" WHERE $1::uuid IS NOT NULL`,
      `SELECT row_to_json(d) AS row FROM "DemoPanelAccount" d WHERE $1::uuid IS NOT NULL`,
      ...(options.emails ? [`SELECT json_build_object('to', "to", 'subject', subject, 'body', "redactedText") AS row FROM "EmailMessage" WHERE "accountId" = $1::uuid`] : []),
    ];
    const strings = (await Promise.all(queries.map(rows))).flat().flatMap(({ row }) => stringsIn(row));
    const sessions = await db.session.findMany({ where: { userId: readerId }, select: { userAgent: true, ip: true } });
    strings.push(...sessions.flatMap((session) => [deviceLabel(session.userAgent ?? ""), session.ip ?? ""]));
    return new Set(strings.flatMap(asciiWords));
  });
}

/**
 * A client account owned by the person, made in the database by the function createAccount
 * writes it with (the account and the owner's membership), for stories where the new-account form is not what is
 * under test (accounts.spec.ts goes through the form).
 */
export function createAccountInDatabase(owner: { email: string }, legalName: string): Promise<string> {
  return withE2eDatabase(async (db) => {
    const { id: ownerId, locale } = await db.user.findUniqueOrThrow({ where: { email: owner.email }, select: { id: true, locale: true } });
    const details = { kind: "COMPANY", legalName, taxId: null, addressLine1: "Calle Mayor 1", addressLine2: null, city: "Madrid", region: null, postcode: "28013", country: "ES", currency: "EUR", documentLocale: isLocale(locale) ? locale : defaultLocale } as const;
    return (await db.$transaction((tx) => writeAccount(tx, ownerId, details))).id;
  });
}

/** The built-in profiles by the name the pages give them in English. */
export const BUILT_IN_PROFILES = {
  "Super administrator": "SUPER_ADMINISTRATOR",
  Administrator: "ADMINISTRATOR",
  Technician: "TECHNICIAN",
  "Junior technician": "JUNIOR_TECHNICIAN",
  Billing: "BILLING",
} as const;
export type BuiltInProfileName = keyof typeof BUILT_IN_PROFILES;

/** Makes a signed-up person a member of the account with a built-in profile, as accepting an invitation would. */
export function addMemberInDatabase(accountId: string, person: { email: string }, profile: BuiltInProfileName): Promise<void> {
  return withE2eDatabase(async (db) => {
    const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true } });
    await db.membership.create({ data: { accountId, userId, builtInProfile: BUILT_IN_PROFILES[profile] } });
  });
}
