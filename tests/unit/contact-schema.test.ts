import { describe, expect, it } from "vitest";
import { ZContact } from "@/lib/contacts/schemas";

const VALID = {
  firstName: "Lucia",
  lastName: "Fernandez",
  company: "",
  email: "lucia@example.com",
  phone: "",
  addressLine1: "",
  addressLine2: "",
  city: "",
  region: "",
  postcode: "",
  country: "ES",
  categories: "GENERAL,BILLING",
};

function errorsOf(overrides: Record<string, string | undefined>) {
  const result = ZContact.safeParse({ ...VALID, ...overrides });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("ZContact", () => {
  it("normalises what the form sends: trimmed names, lower-case email, upper-case country, empty optionals as null", () => {
    const parsed = ZContact.parse({ ...VALID, firstName: "  Lucia ", email: " Lucia@Example.COM ", country: " es ", company: "  ", phone: " +34 (91) 234-56.78 " });
    expect(parsed).toMatchObject({ firstName: "Lucia", email: "lucia@example.com", country: "ES", company: null, addressLine1: null, phone: "+34 (91) 234-56.78" });
  });

  it("names each missing required field", () => {
    expect(errorsOf({ firstName: " ", lastName: "", email: "", country: "" })).toEqual({
      firstName: "firstNameRequired",
      lastName: "lastNameRequired",
      email: "emailRequired",
      country: "countryInvalid",
    });
  });

  it.each(["+34 912 345 678", "912345678", "+1 (555) 123.4567", "+44 20-7946-0958", "123456", "+123456789012345"])("accepts the phone number %s", (phone) => {
    expect(errorsOf({ phone })).toEqual({});
  });

  it.each([
    ["too few digits", "12345"],
    ["too many digits", "+1234567890123456"],
    ["letters", "+34 91 CALL NOW"],
    ["an extension", "912345678 ext. 2"],
    ["a plus in the middle", "34+912345678"],
    ["punctuation only", "+() -.- ()"],
    ["a very long string", `+34 ${"1 ".repeat(30)}`],
  ])("refuses a phone number with %s", (_label, phone) => {
    expect(errorsOf({ phone })).toEqual({ phone: "phoneInvalid" });
  });

  it("leaves the phone optional", () => {
    expect(ZContact.parse({ ...VALID, phone: undefined }).phone).toBeNull();
    expect(ZContact.parse({ ...VALID, phone: "   " }).phone).toBeNull();
  });

  it.each(["XX", "ESP", "E", "UK", "12"])("refuses the country %s", (country) => {
    expect(errorsOf({ country })).toEqual({ country: "countryInvalid" });
  });

  it.each(["not-an-email", "lucia@", "@example.com", "lucia @example.com", `${"a".repeat(250)}@example.com`])("refuses the email %s", (email) => {
    expect(errorsOf({ email })).toEqual({ email: "emailInvalid" });
  });

  it("reads the categories as the checkboxes send them, in catalog order, without duplicates", () => {
    expect(ZContact.parse({ ...VALID, categories: "SUPPORT,GENERAL,SUPPORT" }).categories).toEqual(["GENERAL", "SUPPORT"]);
    expect(ZContact.parse({ ...VALID, categories: "" }).categories).toEqual([]);
    expect(ZContact.parse({ ...VALID, categories: undefined }).categories).toEqual([]);
  });

  it.each(["SECURITY", "general", "BILLING,SPAM", "BILLING, SUPPORT"])("refuses the unknown category list %s", (categories) => {
    expect(errorsOf({ categories })).toEqual({ categories: "categoryUnknown" });
  });

  it("refuses names longer than 100 characters", () => {
    expect(errorsOf({ firstName: "a".repeat(101), lastName: "b".repeat(101) })).toEqual({ firstName: "tooLong", lastName: "tooLong" });
  });
});
