/**
 * The one place that decides the tax of an invoice (issue 18, item 1): which VAT rule applies,
 * at what rate, which legal wording the invoice must carry and whether the buyer's VAT id is printed.
 * Pure: the caller loads the provider's and the account's details, checks the VAT id with
 * checkVatId (lib/tax/vat-id.ts) and stores the decision on the invoice as issued.
 *
 * Supplies: both kinds this app sells are "electronically supplied services" under Art. 7 of
 * Implementing Regulation (EU) 282/2011: hosting is named in its Annex I (1)(a) ("website hosting
 * and webpage hosting") and in Annex II (1) of the VAT Directive 2006/112/EC. A domain
 * registration is delivered over the internet, essentially automated (the registrar's and
 * registry's systems act on an order with minimal human intervention) and impossible without
 * information technology, which is Art. 7(1)'s definition.
 * So for both the place of supply to a consumer is where the consumer is (Directive Art. 58) and
 * to a business where the business is established (Art. 44). `supply` is kept in the input so a
 * future supply that is not an electronic service (a physical server, on-site work) has to be
 * decided here on purpose, not slip through as "digital".
 *
 * Not modelled: the €10,000 EU-wide threshold (Art. 59c) under which a micro-business may charge
 * its own VAT to consumers in other member states; the provider is taken as registered for the
 * One-Stop Shop (OSS). Special territories (Canary Islands…) are not told apart (eu-vat-rates.ts).
 */
import { isCountryCode } from "@/lib/geo/countries";
import { EU_STANDARD_VAT, isEuCountry, type EuCountry } from "./eu-vat-rates";

export type TaxSupply = "digital" | "domain";

export type TaxInput = {
  /** The provider's country (ISO 3166-1 alpha-2). Must be an EU member state. */
  sellerCountry: string;
  /** The account's country; null or "" while the account has not said it. */
  buyerCountry: string | null | undefined;
  /** Business or consumer, as the account chose; null while it has not chosen. */
  buyerIsBusiness: boolean | null | undefined;
  /** The buyer's VAT id passed checkVatId for the buyer's country (format and check digits). */
  buyerVatIdValid: boolean;
  supply: TaxSupply;
};

export type TaxRule = "domestic" | "reverse-charge" | "oss-consumer" | "outside-eu";

/** Why a rule applies, short and stable: stored with the invoice and shown to the provider. */
export type TaxReason = "sameCountry" | "euBusinessWithVatId" | "euConsumer" | "euBusinessWithoutValidVatId" | "buyerOutsideEu";

/** Keys of the legal wording in the catalogs (lib/i18n/messages/<lang>/tax.json), printed in the invoice's language. */
export type TaxWordingKey = "tax.wording.reverseCharge" | "tax.wording.outsideEu";

export type TaxDecision = {
  complete: true;
  rule: TaxRule;
  /** Basis points of the net amount: 2100 = 21 %, 0 for reverse charge and outside the EU. */
  rateBp: number;
  /** Whose VAT is charged (the seller's country, or the consumer's under OSS); null when none is. */
  taxCountry: EuCountry | null;
  /** The tax's local short name ("IVA", "USt.") when a tax is charged. */
  taxName?: string;
  reason: TaxReason;
  wordingKey: TaxWordingKey | null;
  /** Print the buyer's VAT id: required for reverse charge (Directive Art. 226(4)); also on a domestic B2B invoice. */
  printBuyerVatId: boolean;
};

export type TaxMissingField = "buyerCountry" | "buyerIsBusiness";

/** The account lacks what the decision needs: the invoice cannot be issued until the customer completes it. */
export type TaxIncomplete = { complete: false; rule: "incomplete"; missing: TaxMissingField[] };

/** The provider's own country is outside the EU: the rules here are the EU's and cannot decide its invoices. */
export class UnsupportedSellerCountryError extends Error {
  constructor(readonly sellerCountry: string) {
    super(`Tax cannot be decided for a provider in "${sellerCountry}": only providers established in an EU member state are supported.`);
    this.name = "UnsupportedSellerCountryError";
  }
}

export function decideTax(input: TaxInput): TaxDecision | TaxIncomplete {
  const { sellerCountry, buyerCountry, buyerIsBusiness, buyerVatIdValid } = input;
  if (!isEuCountry(sellerCountry)) throw new UnsupportedSellerCountryError(sellerCountry);

  // Both answers are asked of every account, even where one would not change the result, so an
  // account is either ready to be invoiced or not, whatever country it moves to later.
  const missing: TaxMissingField[] = [];
  if (!buyerCountry) missing.push("buyerCountry");
  if (buyerIsBusiness === null || buyerIsBusiness === undefined) missing.push("buyerIsBusiness");
  if (!buyerCountry || buyerIsBusiness === null || buyerIsBusiness === undefined) return { complete: false, rule: "incomplete", missing };
  // A malformed code is a caller's bug (the account schema only takes ISO codes): "EL" or "es"
  // would otherwise be taken for a country outside the EU and invoiced without VAT.
  if (!isCountryCode(buyerCountry)) throw new RangeError(`Buyer country must be an ISO 3166-1 alpha-2 code, got "${buyerCountry}".`);

  // Only a business whose VAT id passed its check counts as one for VAT: a business without a
  // valid id is charged like a consumer (the seller cannot prove the buyer is taxable).
  const businessWithVatId = buyerIsBusiness && buyerVatIdValid;

  if (buyerCountry === sellerCountry) return charged("domestic", sellerCountry, "sameCountry", businessWithVatId);
  if (!isEuCountry(buyerCountry)) {
    return { complete: true, rule: "outside-eu", rateBp: 0, taxCountry: null, reason: "buyerOutsideEu", wordingKey: "tax.wording.outsideEu", printBuyerVatId: false };
  }
  if (businessWithVatId) {
    return { complete: true, rule: "reverse-charge", rateBp: 0, taxCountry: null, reason: "euBusinessWithVatId", wordingKey: "tax.wording.reverseCharge", printBuyerVatId: true };
  }
  return charged("oss-consumer", buyerCountry, buyerIsBusiness ? "euBusinessWithoutValidVatId" : "euConsumer", false);
}

function charged(rule: "domestic" | "oss-consumer", country: EuCountry, reason: TaxReason, printBuyerVatId: boolean): TaxDecision {
  const { standardRateBp, localName } = EU_STANDARD_VAT[country];
  return { complete: true, rule, rateBp: standardRateBp, taxCountry: country, taxName: localName, reason, wordingKey: null, printBuyerVatId };
}
