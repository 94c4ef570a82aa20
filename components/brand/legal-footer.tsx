import { getTranslations } from "next-intl/server";
import { hasLegalFooter, type Brand } from "@/lib/brand/brand-config";

/** The provider's legal details (company, address, tax id, support email and phone), each only when set; nothing without settings. */
export async function LegalFooter({ brand }: { brand: Brand }) {
  if (!hasLegalFooter(brand)) return null;
  const t = await getTranslations("brand.footer");
  const { company, addressLines, taxId, supportEmail, supportPhone } = brand.legal;
  return (
    <footer className="border-t border-slate-200 px-4 py-6 text-center text-xs text-slate-600" data-testid="legal-footer">
      <p className="mx-auto flex max-w-5xl flex-wrap justify-center gap-x-3 gap-y-1 break-words">
        {company ? <span>{company}</span> : null}
        {addressLines.length ? <span>{addressLines.join(", ")}</span> : null}
        {taxId ? <span>{t("taxId", { taxId })}</span> : null}
        {supportEmail ? (
          <a href={`mailto:${supportEmail}`} className="underline">
            {t("supportEmail", { email: supportEmail })}
          </a>
        ) : null}
        {supportPhone ? (
          <a href={`tel:${supportPhone.replace(/[^+0-9]/g, "")}`} className="underline">
            {t("supportPhone", { phone: supportPhone })}
          </a>
        ) : null}
      </p>
    </footer>
  );
}
