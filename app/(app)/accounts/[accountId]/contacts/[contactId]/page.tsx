import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { contactDetails } from "@/lib/contacts/contact-details";
import { countryOptions } from "@/lib/geo/countries";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { BUILT_IN_PROFILE_NAMES } from "@/lib/permissions/built-in-profiles";
import { PERMISSION_KEYS } from "@/lib/permissions/catalog";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/layout/back-link";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { ActivateContactForm } from "@/components/contacts/activate-contact-form";
import { ContactForm } from "@/components/contacts/contact-form";
import { deleteContactAction, updateContactAction } from "../actions";
import type { Metadata } from "next";
import { recordTitle } from "@/lib/navigation/page-title";
import { contactName } from "@/lib/navigation/record-names";

export async function generateMetadata({ params }: { params: Promise<{ accountId: string; contactId: string }> }): Promise<Metadata> {
  const { accountId, contactId } = await params;
  return recordTitle(accountId, "contacts/[contactId]", () => contactName(accountId, contactId));
}

export default async function ContactPage({ params }: { params: Promise<{ accountId: string; contactId: string }> }) {
  const { accountId, contactId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("contacts/[contactId]"));
  const details = await contactDetails(accountId, contactId);
  if (!details) notFound();
  const [t, locale] = await Promise.all([getTranslations("contacts"), getLocale()]);
  const { fields } = details;
  const canManage = meets(access, "contacts.manage");

  return (
    <ClientMessages namespaces={["contacts", "emailCategories", "members", "permissions", "profiles"]}>
      <div className="space-y-6">
        <BackLink accountId={accountId} list="contacts" />
        <h2 className="text-lg font-semibold" data-testid="contact-name">
          {fields.firstName} {fields.lastName}
        </h2>
        {details.linkedUserName ? (
          <p className="text-sm text-slate-700" data-testid="contact-member">
            {t("linkedMember", { name: details.linkedUserName })}
          </p>
        ) : null}
        <Card title={t("details")}>
          {canManage ? (
            <ContactForm action={updateContactAction} accountId={accountId} contactId={contactId} initial={details.formValues} countries={countryOptions(locale)} submitLabel={t("save")} />
          ) : (
            <p className="text-sm">
              {fields.email}
              {fields.phone ? ` · ${fields.phone}` : ""}
            </p>
          )}
        </Card>
        {canManage && meets(access, "users.manage") && !details.linkedUserName ? (
          <Card title={t("activateTitle")}>
            <ActivateContactForm accountId={accountId} contactId={contactId} email={fields.email} choices={{ builtIn: BUILT_IN_PROFILE_NAMES, named: details.profiles, keys: PERMISSION_KEYS }} />
          </Card>
        ) : null}
        {canManage ? (
          <Card title={t("deleteTitle")}>
            <SmallActionForm action={deleteContactAction} fields={{ accountId, contactId }} label={t("delete")} variant="secondary" />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
