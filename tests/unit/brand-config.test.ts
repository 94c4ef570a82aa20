import path from "node:path";
import { describe, expect, it } from "vitest";
import { BrandConfigError, hasLegalFooter, logoOrigin, parseBrand } from "@/lib/brand/brand-config";
import { contrastRatio } from "@/lib/brand/contrast";

const publicDir = path.join(process.cwd(), "public");

describe("the provider's brand from the environment", () => {
  it("keeps the neutral look when nothing is set: no name, logo, colour or footer, euros proposed", () => {
    const brand = parseBrand({});
    expect(brand).toMatchObject({ name: null, logo: null, primaryColor: null, defaultCurrency: "EUR" });
    expect(hasLegalFooter(brand)).toBe(false);
    expect(logoOrigin(brand)).toBeNull();
  });

  it("treats blank values as unset, so an empty line in .env does not stop the start", () => {
    expect(parseBrand({ BRAND_NAME: "  ", BRAND_PRIMARY_COLOR: "", PROVIDER_SUPPORT_EMAIL: " " }).name).toBeNull();
  });

  it("reads every setting: name, local logo, colour with its readable text colour, legal footer, currency", () => {
    const brand = parseBrand(
      {
        BRAND_NAME: " Nube Hosting ",
        BRAND_LOGO: "/brand/example-logo.svg",
        BRAND_PRIMARY_COLOR: "#0F766E",
        PROVIDER_NAME: "Nube Hosting, S.L.",
        PROVIDER_ADDRESS: "Gran Vía 1 | 28013 Madrid",
        PROVIDER_TAX_ID: "ESB12345678",
        PROVIDER_SUPPORT_EMAIL: "help@nube.example",
        PROVIDER_SUPPORT_PHONE: "+34 910 000 000",
        PROVIDER_DEFAULT_CURRENCY: "USD",
      },
      { publicDir },
    );
    expect(brand.name).toBe("Nube Hosting");
    expect(brand.logo).toEqual({ src: "/brand/example-logo.svg", external: false });
    expect(brand.primaryColor).toBe("#0f766e");
    expect(brand.onPrimaryColor).toBe("#ffffff");
    expect(brand.legal).toEqual({ company: "Nube Hosting, S.L.", addressLines: ["Gran Vía 1", "28013 Madrid"], taxId: "ESB12345678", supportEmail: "help@nube.example", supportPhone: "+34 910 000 000" });
    expect(brand.defaultCurrency).toBe("USD");
    expect(hasLegalFooter(brand)).toBe(true);
  });

  it("gives a light brand colour dark text, and either choice reads at 4.5:1 or better", () => {
    const yellow = parseBrand({ BRAND_PRIMARY_COLOR: "#facc15" });
    expect(yellow.onPrimaryColor).toBe("#0f172a");
    for (const color of ["#facc15", "#0f766e", "#1d4ed8", "#dc2626", "#ffffff", "#000000"]) {
      const brand = parseBrand({ BRAND_PRIMARY_COLOR: color });
      expect(contrastRatio(color, brand.onPrimaryColor!)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("takes an https logo URL and names its origin for the CSP", () => {
    const brand = parseBrand({ BRAND_LOGO: "https://cdn.nube.example/logo.png?v=2" });
    expect(brand.logo).toEqual({ src: "https://cdn.nube.example/logo.png?v=2", external: true });
    expect(logoOrigin(brand)).toBe("https://cdn.nube.example");
  });

  it.each([
    [{ BRAND_PRIMARY_COLOR: "teal" }, "BRAND_PRIMARY_COLOR: must be a colour written #rrggbb"],
    [{ BRAND_PRIMARY_COLOR: "#777777" }, "BRAND_PRIMARY_COLOR: is a mid tone that neither white nor dark text reads on"],
    [{ BRAND_LOGO: "http://cdn.example/logo.png" }, "BRAND_LOGO: must be a path under public/"],
    [{ BRAND_LOGO: "/../secrets.txt" }, "BRAND_LOGO: must be a path under public/"],
    [{ BRAND_LOGO: "//evil.example/logo.png" }, "BRAND_LOGO: must be a path under public/"],
    [{ PROVIDER_SUPPORT_EMAIL: "help" }, "PROVIDER_SUPPORT_EMAIL: must be an email address"],
    [{ PROVIDER_SUPPORT_PHONE: "call us" }, "PROVIDER_SUPPORT_PHONE: must be a phone number"],
    [{ PROVIDER_DEFAULT_CURRENCY: "EURO" }, "PROVIDER_DEFAULT_CURRENCY: must be one of EUR, USD"],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => parseBrand(env)).toThrow(BrandConfigError);
    expect(() => parseBrand(env)).toThrow(message);
  });

  it("names every wrong variable at once", () => {
    expect(() => parseBrand({ BRAND_PRIMARY_COLOR: "red", PROVIDER_DEFAULT_CURRENCY: "XXX" })).toThrow(/BRAND_PRIMARY_COLOR[\s\S]*PROVIDER_DEFAULT_CURRENCY/);
  });

  it("refuses a logo path that is not a file under public/", () => {
    expect(() => parseBrand({ BRAND_LOGO: "/brand/missing.png" }, { publicDir })).toThrow("BRAND_LOGO: /brand/missing.png is not a file under public/");
  });
});

describe("the CSP and an external logo", () => {
  it("allows images from the logo's one origin, and from nowhere else outside the app", async () => {
    const { contentSecurityPolicy } = await import("@/lib/http/security-headers");
    const origin = logoOrigin(parseBrand({ BRAND_LOGO: "https://cdn.nube.example/logo.png" }))!;
    expect(contentSecurityPolicy("n", { development: false, imageOrigins: [origin] })).toContain("img-src 'self' data: blob: https://cdn.nube.example;");
    expect(contentSecurityPolicy("n", { development: false })).toContain("img-src 'self' data: blob:;");
  });
});
