import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { verifyEmailTemplate } from "@/emails/verify-email";
import { registrationAttemptTemplate, registrationAttemptPreview } from "@/emails/registration-attempt";
import { passwordResetTemplate } from "@/emails/password-reset";
import { SECURITY_ALERTS, securityAlertPreview, securityAlertTemplate } from "@/emails/security-alert";

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

describe("account security emails", () => {
  it("carry the reset link in both HTML and plain text, with its lifetime", () => {
    const email = passwordResetTemplate(t, { name: "Marta", url: "http://localhost:3000/reset-password/xyz" });
    expect(email.subject).toBe("Reset your password");
    expect(email.html).toContain('href="http://localhost:3000/reset-password/xyz"');
    expect(email.text).toContain("http://localhost:3000/reset-password/xyz");
    expect(email.text).toContain("60 minutes");
  });

  it("say what happened, from which device and IP, and link to the security page", () => {
    for (const alert of SECURITY_ALERTS) {
      const email = securityAlertTemplate(t, { ...securityAlertPreview, alert, remaining: 3 });
      expect(email.template).toBe(`security-alert-${alert}`);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.text).toContain("Firefox 145 on Windows");
      expect(email.text).toContain("203.0.113.7");
      expect(email.text).toContain(securityAlertPreview.time);
      expect(email.html).toContain('href="http://localhost:3000/user/security"');
    }
  });

  it("count the recovery codes left, and urge new ones when none are", () => {
    const alert = "recoveryCodeUsed" as const;
    expect(securityAlertTemplate(t, { ...securityAlertPreview, alert, remaining: 1 }).text).toContain("1 recovery code is left.");
    expect(securityAlertTemplate(t, { ...securityAlertPreview, alert, remaining: 0 }).text).toContain("No recovery codes are left");
  });
});
