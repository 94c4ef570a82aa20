import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { routableCategories } from "@/lib/contacts/manage-contacts";
import { countryOptions } from "@/lib/geo/countries";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { ContactForm } from "@/components/contacts/contact-form";
import { createContactAction } from "../actions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contacts");
  return { title: t("new") };
}

export default async function NewContactPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("contacts/new"));
  const [t, locale] = await Promise.all([getTranslations("contacts"), getLocale()]);
  return (
    <ClientMessages namespaces={["contacts", "emailCategories"]}>
      <Card title={t("new")}>
        <ContactForm action={createContactAction} accountId={accountId} initial={{ categories: routableCategories(access), locale: access.account.documentLocale }} countries={countryOptions(locale)} submitLabel={t("create")} />
      </Card>
    </ClientMessages>
  );
}
