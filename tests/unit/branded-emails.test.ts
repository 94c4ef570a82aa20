import { afterEach, describe, expect, it, vi } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { buildInvoicePdf } from "@/lib/invoices/invoice-pdf";
import { invoicePdfLabels } from "@/lib/invoices/invoice-pdf-labels";
import { verifyEmailTemplate } from "@/emails/verify-email";
import { securityAlertPreview, securityAlertTemplate } from "@/emails/security-alert";
import { passwordResetTemplate } from "@/emails/password-reset";
import { memberJoinedEmail, memberJoinedPreview } from "@/emails/account/member-joined";
import { invoiceIssuedEmail, invoiceIssuedPreview } from "@/emails/account/invoice-issued";

const UNSUBSCRIBE = { en: "Stop receiving these emails" };
const context = (locale: string, unsubscribeUrl: string | null) => ({ t: translatorFor(locale), locale, name: "Lucia", accountName: "Empresa, S.A.", unsubscribeUrl });

afterEach(() => vi.unstubAllEnvs());

describe("every email speaks its recipient's language and fits a phone", () => {
  it.each(["en", "es", "de", "it"])("sets lang=%s on the HTML, with a viewport for phones", (locale) => {
    const email = verifyEmailTemplate(translatorFor(locale), { name: "Marta", url: "http://localhost:3000/verify-email/abc" });
    expect(email.html).toMatch(new RegExp(`<html lang="${locale}">`));
    expect(email.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(email.html).toContain(`<title>${email.subject}</title>`);
  });

  it("puts the link behind a button, and lets the written-out link break anywhere so it never widens the screen", () => {
    const url = `http://localhost:3000/reset-password/${"x".repeat(120)}`;
    const email = passwordResetTemplate(translatorFor("en"), { name: "Marta", url });
    expect(email.html).toMatch(new RegExp(`<a href="${url}" style="[^"]*display:inline-block[^"]*">Choose a new password</a>`));
    expect(email.html).toMatch(new RegExp(`<p style="[^"]*word-break:break-all[^"]*">${url}</p>`));
    expect(email.html).toContain("max-width:560px");
  });
});

describe("no 'stop receiving these' link where the recipient cannot opt out", () => {
  it("a member's account email carries the link to their preferences", () => {
    const email = memberJoinedEmail(memberJoinedPreview)(context("en", "http://localhost:3000/user/notifications?account=a"));
    expect(email.html).toContain(UNSUBSCRIBE.en);
    expect(email.html).toContain('href="http://localhost:3000/user/notifications?account=a"');
  });

  it.each(["en", "es", "de", "it"])("the owner's copy (%s) has none, and says why it came", (locale) => {
    const memberCopy = memberJoinedEmail(memberJoinedPreview)(context(locale, "http://localhost:3000/user/notifications?account=a"));
    const ownerCopy = memberJoinedEmail(memberJoinedPreview)(context(locale, null));
    const unsubscribeLabel = translatorFor(locale)("emails.account.unsubscribe");
    expect(memberCopy.text).toContain(unsubscribeLabel);
    expect(ownerCopy.text).not.toContain(unsubscribeLabel);
    expect(ownerCopy.html).not.toContain("/user/notifications");
    expect(ownerCopy.text).toContain(translatorFor(locale)("brand.emails.ownerFooter", { accountName: "Empresa, S.A.", category: translatorFor(locale)("emailCategories.GENERAL") }));
  });

  it("security emails have none", () => {
    const alert = securityAlertTemplate(translatorFor("en"), securityAlertPreview);
    const reset = passwordResetTemplate(translatorFor("en"), { name: "Marta", url: "http://localhost:3000/reset-password/x" });
    for (const email of [alert, reset]) {
      expect(email.html).not.toContain(UNSUBSCRIBE.en);
      expect(email.html).not.toContain("/user/notifications");
    }
  });
});

describe("the invoice email", () => {
  const invoice = {
    number: "INV-2026-000042",
    displayStatus: "UNPAID" as const,
    currency: "EUR",
    issuedAt: new Date("2026-11-23T00:00:00Z"),
    dueAt: new Date("2026-12-07T00:00:00Z"),
    paidAt: null,
    seller: { name: "Example Hosting, S.L.", taxId: "ESB00000000", addressLines: ["Calle Ejemplo 1"], country: "ES" },
    buyer: { name: "Empresa, S.A.", taxId: null, addressLines: ["Gran Vía 1"], country: "ES" },
    lines: [{ description: "Hosting", quantity: 1, unitPriceMinor: 10000, amountMinor: 10000 }],
    subtotalMinor: 10000,
    taxName: "VAT",
    taxRateBp: 2100,
    taxMinor: 2100,
    totalMinor: 12100,
    payments: [],
  };

  it("lists subtotal, tax and total, attaches the PDF and pays through a button to the invoice's page", async () => {
    const content = await buildInvoicePdf(invoice, invoicePdfLabels("en"), "en");
    const pdf = { filename: "invoice-INV-2026-000042.pdf", contentType: "application/pdf", content };
    const email = invoiceIssuedEmail({ ...invoiceIssuedPreview, pdf })(context("en", null));
    expect(email.text).toContain("Subtotal: €100.00");
    expect(email.text).toContain("VAT 21%: €21.00");
    expect(email.text).toContain("Total: €121.00");
    expect(email.html).toMatch(/<td[^>]*>Total<\/td><td[^>]*>€121\.00<\/td>/);
    expect(email.html).toMatch(new RegExp(`<a href="${invoiceIssuedPreview.url}" style="[^"]*">Pay €121.00</a>`));
    expect(email.text).toContain(`Pay €121.00: ${invoiceIssuedPreview.url}`);
    expect(email.text).toContain("attached as a PDF (invoice-INV-2026-000042.pdf)");
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments?.[0]).toMatchObject({ filename: "invoice-INV-2026-000042.pdf", contentType: "application/pdf" });
    expect(new TextDecoder().decode(email.attachments![0]!.content.slice(0, 5))).toBe("%PDF-");
  });

  it("writes the figures the way the account's language does", () => {
    const email = invoiceIssuedEmail(invoiceIssuedPreview)(context("es", null));
    // Intl writes the spaces before % and € as no-break spaces (\s matches them).
    expect(email.text).toMatch(/IVA 21\s%: 21,00\s€/);
    expect(email.text).toMatch(/Pagar 121,00\s€/);
    expect(email.html).toContain('<html lang="es">');
  });
});

describe("the provider's brand in every email", () => {
  it("without settings: the placeholder name, the default button colour, no legal footer", () => {
    const email = verifyEmailTemplate(translatorFor("de"), { name: "Marta", url: "http://localhost:3000/verify-email/abc" });
    expect(email.html).toContain(">Kundenbereich</span>");
    expect(email.html).toContain("background:#1d4ed8");
    expect(email.html).not.toContain("<img");
    expect(email.text).not.toContain("USt-IdNr.");
  });

  it("with settings: logo, name, colour and the legal footer in HTML and text, escaped", () => {
    vi.stubEnv("APP_URL", "https://clients.nube.example");
    vi.stubEnv("BRAND_NAME", "Nube <Hosting>");
    vi.stubEnv("BRAND_LOGO", "/brand/example-logo.svg");
    vi.stubEnv("BRAND_PRIMARY_COLOR", "#0f766e");
    vi.stubEnv("PROVIDER_NAME", "Nube Hosting, S.L.");
    vi.stubEnv("PROVIDER_ADDRESS", "Gran Vía 1|28013 Madrid");
    vi.stubEnv("PROVIDER_TAX_ID", "ESB12345678");
    vi.stubEnv("PROVIDER_SUPPORT_EMAIL", "help@nube.example");
    vi.stubEnv("PROVIDER_SUPPORT_PHONE", "+34 910 000 000");
    const email = securityAlertTemplate(translatorFor("es"), securityAlertPreview);
    expect(email.html).toContain('<img src="https://clients.nube.example/brand/example-logo.svg"');
    expect(email.html).toContain("Nube &lt;Hosting&gt;");
    expect(email.html).not.toContain("Nube <Hosting>");
    expect(email.html).toContain("background:#0f766e;color:#ffffff");
    expect(email.html).toContain('href="mailto:help@nube.example"');
    expect(email.html).toContain('href="tel:+34910000000"');
    expect(email.text).toContain(["Nube Hosting, S.L.", "Gran Vía 1, 28013 Madrid", "NIF: ESB12345678", "Soporte: help@nube.example", "Teléfono: +34 910 000 000"].join("\n"));
  });

  it("an external logo is used as it is", () => {
    vi.stubEnv("BRAND_LOGO", "https://cdn.nube.example/logo.png");
    const email = verifyEmailTemplate(translatorFor("en"), { name: "Marta", url: "http://localhost:3000/verify-email/abc" });
    expect(email.html).toContain('<img src="https://cdn.nube.example/logo.png"');
  });
});
