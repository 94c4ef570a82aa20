import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { verifyEmailTemplate } from "@/emails/verify-email";
import { registrationAttemptTemplate, registrationAttemptPreview } from "@/emails/registration-attempt";
import { passwordResetTemplate } from "@/emails/password-reset";
import { SECURITY_ALERTS, securityAlertPreview, securityAlertTemplate } from "@/emails/security-alert";
import { invitationPreview, invitationTemplate } from "@/emails/invitation";
import { accountOpenedPreview, accountOpenedTemplate } from "@/emails/account-opened";
import { ownerInvitationPreview, ownerInvitationTemplate } from "@/emails/owner-invitation";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { welcomePreview, welcomeTemplate } from "@/emails/welcome";
import { invoiceIssuedEmail, invoiceIssuedPreview } from "@/emails/account/invoice-issued";
import { paymentReceiptEmail, paymentReceiptPreview } from "@/emails/account/payment-receipt";
import { paymentsReceiptEmail, paymentsReceiptPreview } from "@/emails/account/payments-receipt";

const t = translatorFor("en");

describe("email templates", () => {
  it("render the verification link in both HTML and plain text", () => {
    const email = verifyEmailTemplate(t, { name: "Marta", url: "http://localhost:3000/verify-email/abc" });
    expect(email.subject).toBe("Confirm your email address");
    expect(email.html).toContain('href="http://localhost:3000/verify-email/abc"');
    expect(email.text).toContain("http://localhost:3000/verify-email/abc");
    expect(email.text).toContain("Hello Marta,");
  });

  it("tell the owner of an account the provider opened, in their language, with the account's name", () => {
    const opened = accountOpenedTemplate(translatorFor("es"), accountOpenedPreview);
    expect(opened.subject).toBe("Su cuenta de cliente Empresa, S.A. ya está lista");
    expect(opened.html).toContain(`href="${accountOpenedPreview.url}"`);
    const invited = ownerInvitationTemplate(translatorFor("de"), ownerInvitationPreview);
    expect(invited.subject).toBe("Ihr Kundenkonto Empresa, S.A. ist bereit");
    expect(invited.text).toContain("7 Tage");
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
      expect(email.text).toContain("Firefox 145 · Windows");
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

describe("secret links (issue 12, item 1a)", () => {
  const PLACEHOLDER = "[link sent only to the recipient]";
  const secretEmails = {
    invitation: invitationTemplate(t, { ...invitationPreview, url: "http://localhost:3000/invite/secret-invite" }),
    verification: verifyEmailTemplate(t, { name: "Marta", url: "http://localhost:3000/verify-email/secret-verify" }),
    reset: passwordResetTemplate(t, { name: "Marta", url: "http://localhost:3000/reset-password/secret-reset" }),
    ownerInvitation: ownerInvitationTemplate(t, { ...ownerInvitationPreview, url: "http://localhost:3000/verify-email/secret-owner" }),
    accountEmail: memberJoinedEmail({ memberName: "Ben", url: "http://localhost:3000/accounts/a/users" })({
      t,
      locale: "en",
      name: "Lucia",
      accountName: "Empresa, S.A.",
      unsubscribeUrl: "http://localhost:3000/unsubscribe/secret-unsubscribe",
    }),
  };

  it("are delivered to the recipient but replaced in the copy others may read", () => {
    for (const [name, email] of Object.entries(secretEmails)) {
      expect(email.text, name).toMatch(/\/secret-[a-z]+/);
      expect(email.html, name).toMatch(/href="[^"]*\/secret-[a-z]+"/);
      expect(email.redactedText, name).not.toContain("secret-");
      expect(email.redactedText, name).toContain(PLACEHOLDER);
    }
  });

  it("leave the rest of the message, and links that grant nothing, as they are", () => {
    expect(secretEmails.accountEmail.redactedText).toContain("http://localhost:3000/accounts/a/users");
    expect(secretEmails.accountEmail.redactedText.replace(PLACEHOLDER, "")).toBe(
      secretEmails.accountEmail.text.replace("http://localhost:3000/unsubscribe/secret-unsubscribe", ""),
    );
    const welcome = welcomeTemplate(t, welcomePreview);
    expect(welcome.redactedText).toBe(welcome.text);
  });
});

describe("billing emails", () => {
  const context = (locale: string) => ({ t: translatorFor(locale), locale, name: "Lucia", accountName: "Empresa, S.A.", unsubscribeUrl: "http://localhost:3000/user/notifications" });

  it("write amounts and dates the way the email's language does", () => {
    expect(invoiceIssuedEmail(invoiceIssuedPreview)(context("en")).text).toContain("€121.00");
    const spanish = invoiceIssuedEmail(invoiceIssuedPreview)(context("es")).text;
    expect(spanish).toMatch(/121,00\s€/);
    expect(spanish).toMatch(/7 dic 2026/);
    expect(paymentReceiptEmail(paymentReceiptPreview)(context("de")).text).toMatch(/121,00\s€/);
  });
});

describe("the receipt for several invoices paid with one charge", () => {
  const context = (locale: string) => ({ t: translatorFor(locale), locale, name: "Lucia", accountName: "Empresa, S.A.", unsubscribeUrl: "http://localhost:3000/user/notifications" });

  it("lists each invoice with its amount, and the total charged, in the email's language", () => {
    const english = paymentsReceiptEmail(paymentsReceiptPreview)(context("en"));
    expect(english.subject).toBe("Payment received for 2 invoices");
    expect(english.text).toContain("We received €266.05 for 2 invoices, paid with Visa •••• 4242 in one payment.");
    expect(english.text).toContain("Invoice INV-2026-000041: €121.00");
    expect(english.text).toContain("Invoice INV-2026-000042: €145.05");
    const italian = paymentsReceiptEmail(paymentsReceiptPreview)(context("it"));
    expect(italian.subject).toBe("Pagamento ricevuto per 2 fatture");
    expect(italian.text).toMatch(/Fattura INV-2026-000042: 145,05\s€/);
  });
});
