import { describe, expect, it } from "vitest";
import { DEMO_EXTENSIONS, DEMO_PRODUCTS } from "@/lib/catalog/demo-catalog";
import { extensionOf } from "@/lib/catalog/prices";

describe("the demo catalog", () => {
  it("prices every plan for every cycle in EUR, USD and GBP, cheaper per month on longer cycles", () => {
    const pro = DEMO_PRODUCTS.find((product) => product.slug === "web-hosting-pro")!;
    expect(pro.prices).toHaveLength(15);
    const eur = (cycle: string) => pro.prices.find((price) => price.cycle === cycle && price.currency === "EUR")!.priceMinor;
    expect(eur("MONTHLY")).toBe(999);
    expect(eur("ANNUAL") / 12).toBeLessThan(eur("MONTHLY"));
    expect(eur("BIENNIAL") / 24).toBeLessThan(eur("ANNUAL") / 12);
  });

  it("prices a name for 1 to 10 years: the first year at the registration price, then renewals; a transfer for one year only", () => {
    const com = DEMO_EXTENSIONS.find((extension) => extension.extension === "com")!;
    const eur = com.prices.filter((price) => price.currency === "EUR");
    expect(eur.map((price) => price.years)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(eur[0]).toMatchObject({ registerMinor: 1199, renewMinor: 1399, transferMinor: 1199 });
    expect(eur[2]).toMatchObject({ registerMinor: 1199 + 2 * 1399, renewMinor: 3 * 1399, transferMinor: null });
  });

  it("reads a name's extension after its first label", () => {
    expect(extensionOf("nube.com")).toBe("com");
    expect(extensionOf("Shop.Example")).toBe("example");
  });
});
