import { PRODUCTS } from "../../lib/services/products";
import type { LoadStep } from "./context";
import { LARGE_ACCOUNT } from "./plan";

const CYCLES = ["MONTHLY", "ANNUAL", "QUARTERLY", "MONTHLY", "SEMIANNUAL", "ANNUAL", "BIENNIAL"];
const SITE_WORDS = ["nova", "blue", "atlas", "lumen", "terra", "vertex", "pixel", "orbit", "cedar", "harbor", "summit", "aurora", "quartz", "delta", "maple", "iris"];

/**
 * Services (`bench_svc`: numbers 1..500 are the large account's), each with its account in the
 * demo panel (the provisioning driver that runs here), as the demo seed provisions them:
 * products of the catalog, price = monthly price × the cycle's months, usage within limits.
 */
export const services: LoadStep = {
  name: "services and panel accounts",
  async run({ run, plan, passwordHash }) {
    await run(
      `CREATE TEMP TABLE bench_product ON COMMIT DROP AS
       SELECT (i - 1)::int AS p, name, kind::"ServiceKind" AS kind, price, disk, bandwidth, mailboxes, cpu, memory
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[])
            WITH ORDINALITY AS t(name, kind, price, disk, bandwidth, mailboxes, cpu, memory, i)`,
      [
        PRODUCTS.map((p) => p.name),
        PRODUCTS.map((p) => p.kind),
        PRODUCTS.map((p) => p.monthlyPriceMinor),
        PRODUCTS.map((p) => p.diskLimitMb ?? null),
        PRODUCTS.map((p) => p.bandwidthLimitMb ?? null),
        PRODUCTS.map((p) => p.mailboxesLimit ?? null),
        PRODUCTS.map((p) => p.cpuCores ?? null),
        PRODUCTS.map((p) => p.memoryMb ?? null),
      ],
    );
    await run(
      `CREATE TEMP TABLE bench_svc ON COMMIT DROP AS
       SELECT s, pg_temp.uuid7(since) AS id, pg_temp.uuid7(since) AS panel_id, a.id AS account_id, a.n AS account_n, a.currency, since AS created,
              (s % ${PRODUCTS.length})::int AS p,
              CASE WHEN s % 31 = 0 THEN 'PENDING' WHEN s % 29 = 0 THEN 'CANCELLED' WHEN s % 23 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END::"ServiceStatus" AS status,
              pg_temp.pick($4, s / ${PRODUCTS.length})::"BillingCycle" AS cycle,
              pg_temp.pick($5, s / 7) || s || '.example' AS site
       FROM generate_series(1, $1::bigint + $2::bigint) s
       JOIN bench_acc a ON a.n = CASE WHEN s <= $1 THEN 0 ELSE 1 + (s - $1 - 1) % $3 END
       CROSS JOIN LATERAL (SELECT greatest(a.created, now() - make_interval(days => ((s * 11) % 1500)::int)) AS since) t`,
      [LARGE_ACCOUNT.services, plan.bulk.services, plan.bulkAccounts, CYCLES, SITE_WORDS],
    );
    await run(`ALTER TABLE bench_svc ADD PRIMARY KEY (s)`);
    const panels = await run(
      `INSERT INTO "DemoPanelAccount" (id, username, "passwordHash", "powerState", settings, "createdAt", "updatedAt")
       SELECT v.panel_id, 'svc' || v.s, $1, CASE WHEN v.status = 'PENDING' THEN 'STOPPED' ELSE 'RUNNING' END::"DemoPowerState",
              CASE p.kind WHEN 'WEB_HOSTING' THEN jsonb_build_object('phpVersion', CASE WHEN v.s % 2 = 0 THEN '8.3' ELSE '8.2' END)
                          WHEN 'VPS' THEN jsonb_build_object('hostname', 'vps' || v.s || '.example')
                          ELSE jsonb_build_object('mailboxQuotaMb', 2048) END,
              v.created, v.created
       FROM bench_svc v JOIN bench_product p USING (p)`,
      [passwordHash],
    );
    const rows = await run(
      `INSERT INTO "Service" (id, "accountId", kind, "productName", domain, server, "ipAddress", status, "billingCycle", "priceMinor", currency, "nextDueAt",
                             "diskUsedMb", "diskLimitMb", "bandwidthUsedMb", "bandwidthLimitMb", "mailboxesUsed", "mailboxesLimit", "cpuCores", "memoryMb",
                             "panelDriver", "panelRef", "createdAt", "updatedAt")
       SELECT v.id, v.account_id, p.kind, p.name, CASE WHEN p.kind = 'VPS' THEN NULL ELSE v.site END,
              CASE p.kind WHEN 'WEB_HOSTING' THEN 'web' WHEN 'VPS' THEN 'node-mad-' ELSE 'mail' END || lpad((v.s % 40 + 1)::text, 2, '0') || '.nubehosting.example',
              CASE WHEN p.kind = 'VPS' THEN '198.51.100.' ELSE '192.0.2.' END || (v.s % 250 + 1),
              v.status, v.cycle,
              p.price * CASE v.cycle WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'SEMIANNUAL' THEN 6 WHEN 'ANNUAL' THEN 12 ELSE 24 END,
              v.currency,
              CASE WHEN v.status = 'CANCELLED' THEN NULL ELSE now() + make_interval(days => ((v.s * 13) % 365 - 30)::int) END,
              p.disk * ((v.s * 7) % 90 + 5) / 100, p.disk, p.bandwidth * ((v.s * 3) % 60) / 100, p.bandwidth,
              p.mailboxes * ((v.s * 5) % 90 + 5) / 100, p.mailboxes, p.cpu, p.memory,
              'demo', v.panel_id::text, v.created, v.created
       FROM bench_svc v JOIN bench_product p USING (p)`,
    );
    return { Service: rows, DemoPanelAccount: panels };
  },
};

/** Domains (the large account's 300 with registrants among its contacts), mixed expiry and states. */
export const domains: LoadStep = {
  name: "domains",
  async run({ run, plan }) {
    const rows = await run(
      `WITH registrants AS (
         SELECT c.id, row_number() OVER (ORDER BY c.id) - 1 AS k FROM "Contact" c JOIN bench_acc a ON a.id = c."accountId" AND a.n = 0
       ), numbered AS (
         SELECT d, a.id AS account_id, a.n AS account_n,
                CASE WHEN d % 40 = 0 THEN 'EXPIRED' WHEN d % 53 = 0 THEN 'TRANSFERRED_AWAY' WHEN d % 61 = 0 THEN 'PENDING' ELSE 'ACTIVE' END::"DomainStatus" AS status
         FROM generate_series(1, $1::bigint + $2::bigint) d
         JOIN bench_acc a ON a.n = CASE WHEN d <= $1 THEN 0 ELSE 1 + (d - $1 - 1) % $3 END
       )
       INSERT INTO "Domain" (id, "accountId", name, status, "expiresAt", "autoRenew", locked, nameservers, "registrantContactId", "registeredAt", "createdAt", "updatedAt")
       SELECT pg_temp.uuid7(registered), account_id, pg_temp.pick($4, d / 3) || d || '.example', status, expires,
              d % 5 <> 0, d % 7 <> 0, ARRAY['ns1.' || dns || '.example', 'ns2.' || dns || '.example'],
              r.id, registered, registered, registered
       FROM numbered
       CROSS JOIN LATERAL (SELECT now() + make_interval(days => CASE WHEN status IN ('EXPIRED', 'TRANSFERRED_AWAY') THEN -((d % 90) + 1)::int ELSE ((d * 17) % 700 - 10)::int END) AS expires,
                                  pg_temp.pick('{nubehost,fastdns,edgedns}', d) AS dns) e
       CROSS JOIN LATERAL (SELECT expires - make_interval(years => (1 + d % 3)::int) AS registered) g
       LEFT JOIN registrants r ON account_n = 0 AND r.k = d % greatest(1, (SELECT count(*) FROM registrants))`,
      [LARGE_ACCOUNT.domains, plan.bulk.domains, plan.bulkAccounts, SITE_WORDS],
    );
    // The demo registrar holds each of them (its registry), as the migration made it hold the earlier ones.
    const registry = await run(
      `INSERT INTO "DemoRegistrarDomain" (id, name, "expiresAt", locked, nameservers, registrant, "updatedAt")
       SELECT gen_random_uuid(), d.name, d."expiresAt", d.locked, d.nameservers,
              jsonb_build_object('name', a."legalName", 'organization', a."legalName", 'email', 'hostmaster@' || d.name, 'country', a.country), now()
       FROM "Domain" d JOIN "ClientAccount" a ON a.id = d."accountId"
       WHERE NOT EXISTS (SELECT 1 FROM "DemoRegistrarDomain" r WHERE r.name = d.name)`,
      [],
    );
    return { Domain: rows, DemoRegistrarDomain: registry };
  },
};
