import { getLocale, getTranslations } from "next-intl/server";
import { EMAIL_CATEGORIES } from "@/lib/email/categories";
import { countryOptions } from "@/lib/geo/countries";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { ContactForm } from "@/components/contacts/contact-form";
import { createContactAction } from "../actions";

export default async function NewContactPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  await requireAccountPage(accountId, sectionRequirement("contacts/new"));
  const [t, locale] = await Promise.all([getTranslations("contacts"), getLocale()]);
  return (
    <Card title={t("new")}>
      <ContactForm action={createContactAction} accountId={accountId} initial={{ categories: [...EMAIL_CATEGORIES] }} countries={countryOptions(locale)} submitLabel={t("create")} />
    </Card>
  );
}
