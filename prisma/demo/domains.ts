import { ZCreateDomain } from "../../lib/domains/provider-domain-schemas";
import { createDomainAsProvider } from "../../lib/domains/provider-domains";
import { registrarFor } from "../../lib/registrars/registry";
import type { DemoAccountContext, DemoSeeder } from "./context";
import { demoSlug } from "./slug";

const DAY_MS = 24 * 60 * 60 * 1000;
const DOMAINS_PER_ACCOUNT = 6;
const DNS_PROVIDERS = ["nubehost", "fastdns", "edgedns"];

/**
 * What happened to the domain at `position`: one expiring within 30 days with auto-renew
 * off (the warning), one expired, one transferred away, the rest active at varied distances,
 * one of them unlocked (so a transfer code can be shown without unlocking first).
 */
const FATES = [
  { days: 12, status: "ACTIVE", autoRenew: false, locked: true },
  { days: -20, status: "EXPIRED", autoRenew: false, locked: true },
  { days: 210, status: "ACTIVE", autoRenew: true, locked: true },
  { days: 95, status: "ACTIVE", autoRenew: true, locked: false },
  { days: 400, status: "ACTIVE", autoRenew: true, locked: true },
  { days: -60, status: "TRANSFERRED_AWAY", autoRenew: false, locked: false },
] as const;

/** The services' domains first (the account's sites), then names of the account's own; never one another account holds. */
async function domainNames(context: DemoAccountContext): Promise<string[]> {
  const services = await context.db.service.findMany({ where: { accountId: context.accountId, domain: { not: null } }, orderBy: [{ createdAt: "asc" }, { domain: "asc" }], select: { domain: true } });
  const slug = demoSlug(context.legalName);
  const own = ["", "-shop", "-blog", "-mail", "-staging", "-old", "-eu", "-app"].map((suffix) => `${slug}${suffix}.example`);
  const candidates = [...new Set([...services.map((service) => service.domain!.toLowerCase()), ...own])];
  const taken = new Set((await context.db.domain.findMany({ where: { name: { in: candidates } }, select: { name: true } })).map((row) => row.name));
  return candidates.filter((name) => !taken.has(name)).slice(0, DOMAINS_PER_ACCOUNT);
}

/**
 * Domains of a demo account, created as the provider's API creates them (createDomainAsProvider):
 * names of its services and its own, mixed expiry and states, registrants among its contacts.
 */
export const seedDomains: DemoSeeder = async (context) => {
  const contacts = [...context.contactIds.values()];
  const provider = DNS_PROVIDERS[context.index % DNS_PROVIDERS.length]!;
  const names = await domainNames(context);
  for (const [position, name] of names.entries()) {
    const fate = FATES[position % FATES.length]!;
    const expiresAt = new Date(context.now.getTime() + fate.days * DAY_MS);
    const domain = await createDomainAsProvider(
      context.accountId,
      ZCreateDomain.parse({
        name,
        status: fate.status,
        expiresAt: expiresAt.toISOString(),
        registeredAt: new Date(expiresAt.getTime() - (1 + (position % 3)) * 365 * DAY_MS).toISOString(),
        autoRenew: fate.autoRenew,
        nameservers: position === 4 ? [`ns1.${provider}.example`, `ns2.${provider}.example`, `ns3.${provider}.example`] : [`ns1.${provider}.example`, `ns2.${provider}.example`],
        // Accounts without contacts leave the registrant unset; the page says so.
        registrantContactId: contacts.length ? contacts[(position + context.index) % contacts.length]! : null,
      }),
    );
    // The registrar lock is the member's to lift (the API has no word for it); one starts unlocked, at the registrar too.
    if (!fate.locked) {
      await context.db.$transaction(async (tx) => {
        await registrarFor("demo").setLock(tx, name, false);
        await tx.domain.update({ where: { id: domain.id }, data: { locked: false } });
      });
    }
  }
};
