import type { LoadStep } from "./context";
import { GENERATED_EMAIL_DOMAIN } from "./plan";

const FIRST_NAMES = ["Ana", "Ben", "Carla", "David", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas", "Klara", "Lucas", "Maria", "Nils", "Olga", "Pablo", "Rosa", "Samuel", "Tessa", "Umberto", "Vera", "Walter", "Yara", "Zoe"];
const LAST_NAMES = ["Garcia", "Muller", "Rossi", "Dubois", "Silva", "Jansen", "Smith", "Lopez", "Schmidt", "Bianchi", "Martin", "Costa", "Visser", "Brown", "Fernandez", "Weber", "Romano", "Bernard", "Santos", "Bakker", "Taylor", "Moreno", "Wagner", "Ricci", "Petit", "Oliveira", "Dekker", "Wilson", "Navarro", "Fischer"];
const TIME_ZONES = ["Europe/Madrid", "Europe/Berlin", "Europe/Paris", "Europe/Rome", "Europe/Lisbon", "Europe/Amsterdam", "Europe/London", "America/Chicago"];
const DEVICES = [
  ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Windows"],
  ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari on macOS"],
  ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome on Linux"],
  ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari on iOS"],
];

/**
 * Users 1..N (`bench_usr` maps number to id for later steps): verified, one shared password
 * hash, languages and time zones of the provider's markets. Users 1..199 are the large
 * account's members; 200.. own the other accounts; the rest are members or have no account.
 */
export const users: LoadStep = {
  name: "users",
  async run({ run, plan, passwordHash }) {
    await run(
      `CREATE TEMP TABLE bench_usr ON COMMIT DROP AS
       SELECT n, pg_temp.uuid7(at) AS id, at AS signed_up,
              lower(pg_temp.pick($2, n) || '.' || pg_temp.pick($3, n / 24)) || '.' || n || '@' || $4 AS email,
              pg_temp.pick($2, n) || ' ' || pg_temp.pick($3, n / 24) AS name
       FROM generate_series(1, $1::bigint) n, LATERAL (SELECT now() - make_interval(days => 30 + ((n * 7919) % 1800)::int, secs => (n % 86400)::int) AS at) t`,
      [plan.users, FIRST_NAMES, LAST_NAMES, GENERATED_EMAIL_DOMAIN],
    );
    await run(`ALTER TABLE bench_usr ADD PRIMARY KEY (n)`);
    const count = await run(
      `INSERT INTO "User" (id, email, name, "passwordHash", locale, "timeZone", "emailVerifiedAt", "createdAt", "updatedAt")
       SELECT id, email, name, $1, pg_temp.pick('{en,es,de,it}', n), pg_temp.pick($2, n), signed_up + interval '10 minutes', signed_up, signed_up FROM bench_usr`,
      [passwordHash, TIME_ZONES],
    );
    return { User: count };
  },
};

/** Sign-ins over the last 90 days, about a third signed out; the rest live or idle until they expire. */
export const sessions: LoadStep = {
  name: "sessions",
  async run({ run, plan }) {
    const count = await run(
      `INSERT INTO "Session" (id, "userId", "userAgent", device, ip, "createdAt", "lastSeenAt", "expiresAt", "endedAt", "endReason")
       SELECT pg_temp.uuid7(created), u.id, ($3::text[])[1 + (g % 4)::int][1], ($3::text[])[1 + (g % 4)::int][2],
              '203.0.113.' || (g % 250 + 1), created, seen, seen + interval '30 days',
              CASE WHEN g % 3 = 0 THEN seen END, CASE WHEN g % 3 = 0 THEN 'SIGNED_OUT'::"SessionEndReason" END
       FROM generate_series(1, $1::bigint) g
       JOIN bench_usr u ON u.n = 1 + (g * 7) % $2
       CROSS JOIN LATERAL (SELECT now() - make_interval(hours => ((g * 37) % (90 * 24))::int) AS created) c
       CROSS JOIN LATERAL (SELECT least(now(), created + make_interval(hours => (g % 48)::int)) AS seen) s`,
      [plan.sessions, plan.users, DEVICES],
    );
    return { Session: count };
  },
};
