import { describe, expect, it } from "vitest";
import { domainRenewedEmail, domainRenewedPreview } from "@/emails/account/domain-renewed";
import { translatorFor } from "@/lib/i18n/messages";

const render = (locale: string) =>
  domainRenewedEmail(domainRenewedPreview)({ t: translatorFor(locale), locale, name: "Marta", accountName: "Empresa, S.A.", unsubscribeUrl: "http://localhost:3000/user/notifications" });

describe("the domain renewed email", () => {
  it("says the new expiry date as each language writes dates, with a link to the domain", () => {
    const en = render("en");
    expect(en.subject).toBe("empresa.example has been renewed");
    expect(en.text).toContain("empresa.example has been renewed for 2 years. It now expires on January 15, 2029.");
    expect(en.html).toContain(`href="${domainRenewedPreview.url}"`);
    expect(render("es").text).toContain("empresa.example se ha renovado por 2 años. Ahora caduca el 15 de enero de 2029.");
    expect(render("de").text).toContain("empresa.example wurde um 2 Jahre verlängert. Die Domain läuft jetzt am 15. Januar 2029 ab.");
    expect(render("it").text).toContain("empresa.example è stato rinnovato per 2 anni. Ora scade il 15 gennaio 2029.");
  });
});
