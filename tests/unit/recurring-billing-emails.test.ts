import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/messages";
import { paymentReminderEmail, paymentReminderPreview } from "@/emails/account/payment-reminder";
import { serviceSuspendedUnpaidEmail, serviceSuspendedUnpaidPreview } from "@/emails/account/service-suspended-unpaid";

const context = (locale: string) => ({ t: translatorFor(locale), locale, name: "Lucia", accountName: "Empresa, S.A.", unsubscribeUrl: "http://localhost:3000/user/notifications" });

describe("the recurring billing emails", () => {
  it("remind of an invoice in the email's language, with its amount, due date and a Pay button to its page", () => {
    const english = paymentReminderEmail({ ...paymentReminderPreview, kind: "DUE_SOON" })(context("en"));
    expect(english.subject).toBe("Invoice INV-2026-000042 is due on Dec 7, 2026");
    expect(english.text).toContain(`Pay €121.00: ${paymentReminderPreview.url}`);
    const spanish = paymentReminderEmail(paymentReminderPreview)(context("es"));
    expect(spanish.subject).toBe("La factura INV-2026-000042 está vencida");
    expect(spanish.text).toMatch(/121,00\s€/);
    const german = paymentReminderEmail({ ...paymentReminderPreview, kind: "OVERDUE_AGAIN" })(context("de"));
    expect(german.text).toContain("7 Tage nach Fälligkeit");
    const italian = paymentReminderEmail(paymentReminderPreview)(context("it"));
    expect(italian.subject).toBe("La fattura INV-2026-000042 è scaduta");
  });

  it("say a service is suspended for an unpaid invoice and how to start it again, in each language", () => {
    for (const locale of ["en", "es", "de", "it"]) {
      const email = serviceSuspendedUnpaidEmail(serviceSuspendedUnpaidPreview)(context(locale));
      expect(email.subject).toContain("Web Hosting Pro (example.com)");
      expect(email.text).toContain("INV-2026-000042");
      expect(email.text).toContain(serviceSuspendedUnpaidPreview.url);
      // A key the catalog lacks would show as its path.
      expect(email.text).not.toContain("recurringBilling.");
    }
  });
});
