import type { Brand } from "@/lib/brand/brand-config";
import { escapeHtml } from "./escape-html";
import type { EmailTranslator } from "./render";

type Legal = Brand["legal"];

/** The legal footer's lines, each only when set: company, address, tax id, support email and phone. */
function legalLines(t: EmailTranslator, legal: Legal): { text: string; href?: string }[] {
  return [
    legal.company ? { text: legal.company } : null,
    legal.addressLines.length ? { text: legal.addressLines.join(", ") } : null,
    legal.taxId ? { text: t("brand.footer.taxId", { taxId: legal.taxId }) } : null,
    legal.supportEmail ? { text: t("brand.footer.supportEmail", { email: legal.supportEmail }), href: `mailto:${legal.supportEmail}` } : null,
    legal.supportPhone ? { text: t("brand.footer.supportPhone", { phone: legal.supportPhone }), href: `tel:${legal.supportPhone.replace(/[^+0-9]/g, "")}` } : null,
  ].filter((line): line is { text: string; href?: string } => line !== null);
}

/** The provider's frame around every email's HTML: its logo and name on top, its legal details at the foot. */
export const brandFrameHtml = {
  header({ name, logoUrl }: { name: string; logoUrl: string | null }): string {
    // The name is written beside the logo, so the image is decoration (alt="") and a client
    // that blocks images still says who writes.
    const logo = logoUrl ? `<img src="${escapeHtml(logoUrl)}" alt="" height="32" style="height:32px;width:auto;vertical-align:middle;margin-right:8px;border:0">` : "";
    return `<p style="margin:0 0 24px;font-size:18px;font-weight:700">${logo}<span style="vertical-align:middle">${escapeHtml(name)}</span></p>`;
  },
  legal(t: EmailTranslator, legal: Legal): string {
    const lines = legalLines(t, legal);
    if (!lines.length) return "";
    const items = lines.map((line) => (line.href ? `<a href="${escapeHtml(line.href)}" style="color:#555">${escapeHtml(line.text)}</a>` : escapeHtml(line.text)));
    return `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #eee;font-size:12px;color:#555">${items.join("<br>")}</p>`;
  },
};

/** The same legal footer for the plain-text part; empty when nothing is set. */
export function brandFrameText(t: EmailTranslator, legal: Legal): string {
  const lines = legalLines(t, legal).map((line) => line.text);
  return lines.length ? lines.join("\n") : "";
}
