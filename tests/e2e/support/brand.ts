import { asciiWords } from "./untranslated-text";

/**
 * The provider's brand the e2e server runs with (playwright.config.ts): every page, email and
 * PDF of the suite carries it, as a provider's would. CHF as the default currency, so the
 * new-account form visibly proposes the provider's currency rather than the old default.
 */
export const E2E_BRAND = {
  BRAND_NAME: "Nube Hosting",
  BRAND_LOGO: "/brand/example-logo.svg",
  BRAND_PRIMARY_COLOR: "#0f766e",
  PROVIDER_NAME: "Nube Hosting, S.L.",
  PROVIDER_ADDRESS: "Gran Vía 1|28013 Madrid",
  PROVIDER_TAX_ID: "ESB12345678",
  PROVIDER_SUPPORT_EMAIL: "help@nube.example",
  PROVIDER_SUPPORT_PHONE: "+34 910 000 000",
  PROVIDER_DEFAULT_CURRENCY: "CHF",
} as const;

/** The brand's words: data from the environment, which the pseudo-locale check must accept as it accepts an account's name. */
export function brandWords(): Set<string> {
  return new Set(Object.values(E2E_BRAND).flatMap(asciiWords));
}
