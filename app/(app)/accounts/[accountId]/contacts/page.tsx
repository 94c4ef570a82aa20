import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listContactsPage } from "@/lib/contacts/list-contacts";
import { parseSearch } from "@/lib/pagination/search";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { ListPager, ListSearch } from "@/components/ui/list-navigation";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";

export const generateMetadata = () => sectionTitle("contacts");

export default async function ContactsPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: Promise<{ q?: string; cursor?: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("contacts"));
  const query = await searchParams;
  // A search with control characters is refused on the search box, like any other text field.
  const search = parseSearch(query.q);
  const [t, tCategories, page] = await Promise.all([
    getTranslations("contacts"),
    getTranslations("emailCategories"),
    search.valid ? listContactsPage(accountId, { search: search.term, cursor: query.cursor }) : { items: [], nextCursor: null, isFirstPage: true },
  ]);
  const contacts = page.items;
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
      <ListSearch id="contact-search" base={base} params={{}} query={search.term} label={t("search")} invalid={!search.valid} />
      <Card>
        {contacts.length === 0 ? (
          <p className="text-sm text-slate-600">{search.term ? t("noMatch") : t("empty")}</p>
        ) : (
          <TableScroll label={t("title")}>
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
          </TableScroll>
        )}
        <ListPager base={base} params={{ q: search.term }} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} testId="contact-pager" />
      </Card>
    </div>
  );
}
