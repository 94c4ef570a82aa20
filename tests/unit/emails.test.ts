import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { verifyEmailTemplate } from "@/emails/verify-email";
import { registrationAttemptTemplate, registrationAttemptPreview } from "@/emails/registration-attempt";

const t = translatorFor("en");

describe("email templates", () => {
  it("render the verification link in both HTML and plain text", () => {
    const email = verifyEmailTemplate(t, { name: "Marta", url: "http://localhost:3000/verify-email/abc" });
    expect(email.subject).toBe("Confirm your email address");
    expect(email.html).toContain('href="http://localhost:3000/verify-email/abc"');
    expect(email.text).toContain("http://localhost:3000/verify-email/abc");
    expect(email.text).toContain("Hello Marta,");
  });

  it("escape what a person typed, so a name cannot inject HTML", () => {
    const email = registrationAttemptTemplate(t, { ...registrationAttemptPreview, name: '<img src=x onerror="alert(1)">' });
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;img");
  });
});
