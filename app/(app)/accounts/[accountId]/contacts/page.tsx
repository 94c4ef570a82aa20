import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listContacts } from "@/lib/contacts/list-contacts";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { isSingleLinePlainText } from "@/lib/validation/plain-text";

export default async function ContactsPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: Promise<{ q?: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("contacts"));
  const { q } = await searchParams;
  // A search with control characters is refused on the search box, like any other text field.
  const searchValid = q === undefined || isSingleLinePlainText(q);
  const [t, tValidation, tCategories, contacts] = await Promise.all([
    getTranslations("contacts"),
    getTranslations("validation"),
    getTranslations("emailCategories"),
    searchValid ? listContacts(accountId, q) : [],
  ]);
  const base = `/accounts/${accountId}/contacts`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {meets(access, "contacts.manage") ? (
          <Link href={`${base}/new`} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <form method="get" action={base} className="flex gap-2" role="search">
        <input
          name="q"
          defaultValue={q ?? ""}
          aria-label={t("search")}
          placeholder={t("search")}
          aria-invalid={searchValid ? undefined : true}
          aria-describedby={searchValid ? undefined : "contact-search-error"}
          className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium">
          {t("searchButton")}
        </button>
      </form>
      {searchValid ? null : (
        <p id="contact-search-error" role="alert" className="text-sm text-red-700">
          {tValidation("invalidCharacters")}
        </p>
      )}
      <Card>
        {contacts.length === 0 ? (
          <p className="text-sm text-slate-600">{q ? t("noMatch") : t("empty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("name")}</th>
                <th className="py-2 font-medium">{t("fields.email")}</th>
                <th className="py-2 font-medium">{t("fields.company")}</th>
                <th className="py-2 font-medium">{t("categories")}</th>
                <th className="py-2 font-medium">{t("member")}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id} className="border-t border-slate-100" data-testid="contact-row">
                  <td className="py-2">
                    <Link href={`${base}/${contact.id}`} className="font-medium text-blue-700 underline">
                      {contact.firstName} {contact.lastName}
                    </Link>
                  </td>
                  <td className="py-2">{contact.email}</td>
                  <td className="py-2">{contact.company ?? ""}</td>
                  <td className="py-2 text-xs text-slate-600">{contact.emailCategories.map((c) => tCategories(c)).join(", ")}</td>
                  <td className="py-2">{contact.linkedUser?.name ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
