/**
 * The pseudo-locale pass (tests/e2e/pseudo-locale.spec.ts) fails on text from outside the
 * catalog: these cases show the check itself can fail, and on what.
 */
import { describe, expect, it } from "vitest";
import { pseudoMessage } from "@/lib/i18n/pseudo";
import { intlWords, untranslatedTexts } from "../e2e/support/untranslated-text";

const data = new Set(["Empresa", "Web", "Hosting", "Pro", "INV"]);

describe("untranslated text on a pseudo-language page", () => {
  it("accepts catalog text, data and what Intl writes", () => {
    const texts = [pseudoMessage("No invoices yet"), `${pseudoMessage("Service")}: Web Hosting Pro`, "INV-2026-000042", "Tuesday, 1 December 2026, 11:05 GMT+1 (Central European Standard Time)", "Spain"];
    expect(untranslatedTexts(texts, new Set([...data, ...intlWords(["Europe/Madrid"])]))).toEqual([]);
  });

  it("accepts a list joined by Intl, not the words of a list written by hand", () => {
    const joined = new Intl.ListFormat("en").format([pseudoMessage("City"), pseudoMessage("Postcode")]);
    expect(untranslatedTexts([joined], new Set(intlWords(["UTC"])))).toEqual([]);
    expect(untranslatedTexts([`${pseudoMessage("City")} plus ${pseudoMessage("Postcode")}`], new Set(intlWords(["UTC"])))[0]?.words).toEqual(["plus"]);
  });

  it("finds a string written straight into a component", () => {
    expect(untranslatedTexts(["No invoices yet"], data)).toEqual([{ text: "No invoices yet", words: ["No", "invoices", "yet"] }]);
  });

  it("finds words added by hand around a message", () => {
    const text = `${pseudoMessage("Invoice")} is overdue`;
    expect(untranslatedTexts([text], data)).toEqual([{ text, words: ["is", "overdue"] }]);
  });

  it("finds a message cut in two", () => {
    const [text] = [pseudoMessage("Paid").slice(0, -1)];
    expect(untranslatedTexts([text], data)[0]?.words).toContain("(a message cut in two)");
  });

  it("accepts a message inside another", () => {
    expect(untranslatedTexts([pseudoMessage("Paid with {card}").replace("{card}", pseudoMessage("your card"))], data)).toEqual([]);
  });
});
