import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { brand } from "@/lib/brand/brand";
import type { EmailTranslator } from "@/emails/render";
import type { InvoicePdfBrand } from "./invoice-pdf";

const logoCache = new Map<string, InvoicePdfBrand["logo"]>();

/**
 * The logo as the PDF can embed it: a PNG or JPEG under public/. An SVG, or a logo on another
 * host, is left out: the PDF is built on the server, which should not fetch from the network
 * to write an invoice, and the seller's name heads the document anyway (README, brand).
 */
function embeddableLogo(src: string): InvoicePdfBrand["logo"] {
  if (logoCache.has(src)) return logoCache.get(src) ?? null;
  const kind: "png" | "jpg" | null = /\.png$/i.test(src) ? "png" : /\.jpe?g$/i.test(src) ? "jpg" : null;
  const logo = kind ? { bytes: new Uint8Array(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", src))), kind } : null;
  logoCache.set(src, logo);
  return logo;
}

/** The provider's brand for an invoice PDF in the reader's language (`t`): logo, colour, and the support line at the foot. */
export function invoicePdfBrand(t: EmailTranslator): InvoicePdfBrand {
  const current = brand();
  const { supportEmail, supportPhone } = current.legal;
  const footer = [supportEmail ? t("brand.footer.supportEmail", { email: supportEmail }) : null, supportPhone ? t("brand.footer.supportPhone", { phone: supportPhone }) : null].filter(Boolean).join(" · ");
  return {
    logo: current.logo && !current.logo.external ? embeddableLogo(current.logo.src) : null,
    color: current.primaryColor,
    footer: footer || null,
  };
}
