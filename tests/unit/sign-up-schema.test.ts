import { describe, expect, it } from "vitest";
import { ZSignUp } from "@/lib/users/schemas";
import { isCommonPassword } from "@/lib/auth/password-policy";

function errorsOf(input: Record<string, string>) {
  const result = ZSignUp.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("ZSignUp", () => {
  it("normalises the email to lower case without spaces", () => {
    const parsed = ZSignUp.parse({ name: "  Marta  ", email: "  Marta@Example.COM ", password: "violet-canyon-42" });
    expect(parsed).toEqual({ name: "Marta", email: "marta@example.com", password: "violet-canyon-42", timeZone: "UTC" });
  });

  it("keeps the browser's time zone, and takes the default for an unknown one rather than failing", () => {
    const fields = { name: "Marta", email: "marta@example.com", password: "violet-canyon-42" };
    expect(ZSignUp.parse({ ...fields, timeZone: "Europe/Madrid" }).timeZone).toBe("Europe/Madrid");
    expect(ZSignUp.parse({ ...fields, timeZone: "Mars/Olympus_Mons" }).timeZone).toBe("UTC");
    expect(ZSignUp.parse({ ...fields, timeZone: "" }).timeZone).toBe("UTC");
  });

  it("names each wrong field with its own message key", () => {
    expect(errorsOf({ name: "", email: "not-an-email", password: "short" })).toEqual({
      name: "nameRequired",
      email: "emailInvalid",
      password: "passwordTooShort",
    });
  });

  it("refuses common passwords even when long enough, whatever their case", () => {
    expect(isCommonPassword("Password123")).toBe(true);
    expect(errorsOf({ name: "A", email: "a@example.com", password: "QWERTYUIOP" })).toEqual({ password: "passwordTooCommon" });
    expect(errorsOf({ name: "A", email: "a@example.com", password: "1234567890" })).toEqual({ password: "passwordTooCommon" });
  });

  it("refuses passwords longer than bcrypt can use", () => {
    expect(errorsOf({ name: "A", email: "a@example.com", password: "x".repeat(73) })).toEqual({ password: "passwordTooLong" });
  });
});
