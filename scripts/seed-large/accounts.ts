import type { LoadStep } from "./context";
import { LARGE_ACCOUNT } from "./plan";

/** The provider's markets: account n is in market n % 8 (country, city, street, postcode, currency, document language, legal form). */
const MARKETS_SQL = `(VALUES
  (0, 'ES', 'Madrid', 'Calle Mayor', '28013', 'EUR', 'es', 'S.L.'),
  (1, 'DE', 'Berlin', 'Torstraße', '10119', 'EUR', 'de', 'GmbH'),
  (2, 'FR', 'Paris', 'Rue de Rivoli', '75001', 'EUR', 'en', 'SARL'),
  (3, 'IT', 'Roma', 'Via del Corso', '00186', 'EUR', 'it', 'S.r.l.'),
  (4, 'PT', 'Lisboa', 'Rua Augusta', '1100-053', 'EUR', 'en', 'Lda.'),
  (5, 'NL', 'Amsterdam', 'Damrak', '1012 LG', 'EUR', 'en', 'B.V.'),
  (6, 'GB', 'London', 'Baker Street', 'NW1 6XE', 'GBP', 'en', 'Ltd'),
  (7, 'US', 'Austin', 'Congress Avenue', '78701', 'USD', 'en', 'LLC')
) AS markets(m, country, city, street, postcode, currency, locale, legal_form)`;

const NAME_WORDS = ["Nova", "Blue", "Atlas", "Lumen", "Terra", "Vertex", "Pixel", "Orbit", "Cedar", "Harbor", "Summit", "Aurora", "Quartz", "Delta", "Maple", "Iris"];
const NAME_NOUNS = ["Systems", "Studio", "Digital", "Labs", "Media", "Works", "Solutions", "Partners", "Shop", "Consulting", "Networks", "Design"];
const PROFILES = ["SUPER_ADMINISTRATOR", "ADMINISTRATOR", "TECHNICIAN", "JUNIOR_TECHNICIAN", "BILLING"];

/**
 * Client accounts (`bench_acc`: number 0 is the large account, owned by the demo user; 1.. the
 * others, each owned by its own generated user), each owner's membership, 0-3 other members
 * per account with built-in profiles, and the large account's 199 members.
 */
export const accounts: LoadStep = {
  name: "accounts and members",
  async run({ run, plan, largeOwnerId }) {
    await run(
      `CREATE TEMP TABLE bench_acc ON COMMIT DROP AS
       WITH owners AS (
         SELECT a.n, o.id AS owner_id, o.email AS owner_email, o.name AS owner_name, o.signed_up + interval '1 day' AS created
         FROM generate_series(1, $1::bigint) a(n) JOIN bench_usr o ON o.n = a.n + 199
         UNION ALL
         SELECT 0, u.id, u.email, u.name, now() - interval '6 years' FROM "User" u WHERE u.id = $2::uuid
       ), named AS (
         SELECT o.*, markets.country, markets.city, markets.street, markets.postcode, markets.currency, markets.locale,
                CASE WHEN o.n > 0 AND o.n % 3 = 0 THEN 'PERSON' ELSE 'COMPANY' END::"AccountKind" AS kind,
                CASE WHEN o.n = 0 THEN $3
                     WHEN o.n % 3 = 0 THEN o.owner_name
                     ELSE pg_temp.pick($4, o.n) || ' ' || pg_temp.pick($5, o.n / 16) || ' ' || o.n || ', ' || markets.legal_form END AS legal_name
         FROM owners o JOIN ${MARKETS_SQL} ON markets.m = o.n % 8
       )
       SELECT n, pg_temp.uuid7(created) AS id, owner_id, owner_email, created, kind, legal_name, country, city, postcode, currency, locale,
              CASE WHEN kind = 'COMPANY' THEN country || lpad(((n * 7919 + 12345) % 100000000)::text, 8, '0') END AS tax_id,
              street || ' ' || (1 + n % 180) AS address_line1
       FROM named`,
      [plan.bulkAccounts, largeOwnerId, LARGE_ACCOUNT.legalName, NAME_WORDS, NAME_NOUNS],
    );
    await run(`ALTER TABLE bench_acc ADD PRIMARY KEY (n)`);
    await run(`ALTER TABLE bench_acc ADD COLUMN buyer jsonb`);
    // The buyer as invoices snapshot it (buyerSnapshot in lib/invoices/parties.ts).
    await run(
      `UPDATE bench_acc SET buyer = jsonb_build_object('name', legal_name, 'taxId', tax_id, 'addressLines', jsonb_build_array(address_line1, postcode || ' ' || city), 'country', country)`,
    );
    const accountRows = await run(
      `INSERT INTO "ClientAccount" (id, kind, "legalName", "taxId", "addressLine1", city, postcode, country, currency, "documentLocale", "ownerId", "createdAt", "updatedAt")
       SELECT id, kind, legal_name, tax_id, address_line1, city, postcode, country, currency, locale, owner_id, created, created FROM bench_acc`,
    );
    let members = await run(
      `INSERT INTO "Membership" (id, "accountId", "userId", "createdAt", "updatedAt")
       SELECT pg_temp.uuid7(created), id, owner_id, created, created FROM bench_acc`,
    );
    members += await run(
      `INSERT INTO "Membership" (id, "accountId", "userId", "builtInProfile", "createdAt", "updatedAt")
       SELECT pg_temp.uuid7(at), a.id, u.id, pg_temp.pick($2, a.n + k)::"BuiltInProfile", at, at
       FROM bench_acc a CROSS JOIN LATERAL generate_series(1, (a.n % 4)::int) k
       JOIN bench_usr u ON u.n = 1 + ((a.n * 131 + k * 7919) % $1)
       CROSS JOIN LATERAL (SELECT a.created + make_interval(days => k * 30) AS at) t
       WHERE a.n > 0
       ON CONFLICT ("accountId", "userId") DO NOTHING`,
      [plan.users, PROFILES],
    );
    members += await run(
      `INSERT INTO "Membership" (id, "accountId", "userId", "builtInProfile", "createdAt", "updatedAt")
       SELECT pg_temp.uuid7(at), a.id, u.id, pg_temp.pick($2, u.n)::"BuiltInProfile", at, at
       FROM bench_acc a JOIN bench_usr u ON u.n <= $1
       CROSS JOIN LATERAL (SELECT now() - make_interval(days => (u.n * 9)::int) AS at) t
       WHERE a.n = 0`,
      [LARGE_ACCOUNT.members, PROFILES],
    );
    return { ClientAccount: accountRows, Membership: members };
  },
};

/** The large account's contacts (registrants of its domains) and its saved card, set as default. */
export const largeAccountExtras: LoadStep = {
  name: "large account: contacts and card",
  async run({ run, largeCard }) {
    const contacts = await run(
      `INSERT INTO "Contact" (id, "accountId", "firstName", "lastName", company, email, phone, country, locale, "createdAt", "updatedAt")
       SELECT pg_temp.uuid7(at), a.id, first, last, CASE WHEN k % 2 = 0 THEN 'Atlas Partner ' || k END,
              lower(first || '.' || last || '.' || k) || '@atlas-clients.example', '+34 600 000 ' || lpad(k::text, 3, '0'), 'ES', 'es', at, at
       FROM bench_acc a CROSS JOIN generate_series(1, $1::int) k
       CROSS JOIN LATERAL (SELECT pg_temp.pick('{Lucia,Pablo,Irene,Jorge,Carmen,Diego,Marta,Raul}', k) AS first,
                                  pg_temp.pick('{Garcia,Ruiz,Lopez,Sanz,Ortega,Vidal,Castro}', k / 8) AS last,
                                  now() - make_interval(days => k * 20) AS at) t
       WHERE a.n = 0`,
      [LARGE_ACCOUNT.contacts],
    );
    const cards = await run(
      `WITH card AS (
         INSERT INTO "PaymentMethod" (id, "accountId", gateway, token, brand, last4, "expMonth", "expYear", "holderName")
         SELECT pg_temp.uuid7(now() - interval '2 years'), id, 'demo', $1, $2, $3, $4, $5, 'Atlas Web Group Accounts' FROM bench_acc WHERE n = 0
         RETURNING id, "accountId"
       )
       UPDATE "ClientAccount" c SET "defaultPaymentMethodId" = card.id FROM card WHERE c.id = card."accountId"`,
      [largeCard.token, largeCard.brand, largeCard.last4, largeCard.expMonth, largeCard.expYear],
    );
    return { Contact: contacts, PaymentMethod: cards };
  },
};
