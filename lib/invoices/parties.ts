import { z } from "zod";

/**
 * The seller and the buyer as an invoice keeps them: copied when it is issued, so a later
 * change of address or name does not rewrite invoices already sent (tax law wants the
 * invoice as issued). No "server-only": the demo seed snapshots parties the same way.
 */
export const ZPartySnapshot = z.object({
  name: z.string(),
  taxId: z.string().nullable(),
  addressLines: z.array(z.string()),
  country: z.string(),
  email: z.string().nullable().optional(),
});
export type PartySnapshot = z.infer<typeof ZPartySnapshot>;

type Env = Record<string, string | undefined>;

/**
 * The hosting provider issuing the invoices, from its settings (see .env.example). The
 * defaults are placeholders that say so, for local runs and the demo.
 */
export function providerSeller(env: Env = process.env): PartySnapshot {
  return {
    name: env.PROVIDER_NAME?.trim() || "Example Hosting, S.L.",
    taxId: env.PROVIDER_TAX_ID?.trim() || "ESB00000000",
    // Lines separated by "|": an environment variable holds one line.
    addressLines: (env.PROVIDER_ADDRESS?.trim() || "Calle Ejemplo 1|28001 Madrid")
      .split("|")
      .map((line) => line.trim())
      .filter(Boolean),
    country: (env.PROVIDER_COUNTRY?.trim() || "ES").toUpperCase(),
    email: env.PROVIDER_BILLING_EMAIL?.trim() || "billing@hosting.example",
  };
}

/** The tax an invoice carries unless its issuer says otherwise: PROVIDER_TAX_NAME, PROVIDER_TAX_RATE_BP. */
export function providerTaxDefaults(env: Env = process.env): { taxName: string; taxRateBp: number } {
  const rate = Number(env.PROVIDER_TAX_RATE_BP);
  return { taxName: env.PROVIDER_TAX_NAME?.trim() || "VAT", taxRateBp: Number.isInteger(rate) && rate >= 0 && rate <= 10_000 ? rate : 2100 };
}

type BillingDetails = { legalName: string; taxId: string | null; addressLine1: string; addressLine2: string | null; city: string; region: string | null; postcode: string; country: string };

/** The account's billing details as they are now, in the snapshot's shape. */
export function buyerSnapshot(account: BillingDetails): PartySnapshot {
  return {
    name: account.legalName,
    taxId: account.taxId,
    addressLines: [account.addressLine1, account.addressLine2, `${account.postcode} ${account.city}`, account.region].filter((line): line is string => !!line),
    country: account.country,
  };
}

/** A stored snapshot read back; a row written by hand that does not fit shows as unknown rather than failing the page. */
export function readSnapshot(value: unknown): PartySnapshot {
  const parsed = ZPartySnapshot.safeParse(value);
  return parsed.success ? parsed.data : { name: "?", taxId: null, addressLines: [], country: "" };
}

