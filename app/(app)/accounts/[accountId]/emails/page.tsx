import { getFormatter, getTranslations } from "next-intl/server";
import { listAccountEmailsPage } from "@/lib/notifications/list-account-emails";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { ListPager } from "@/components/ui/list-navigation";
import { MOMENT } from "@/lib/i18n/formats";
import { sectionTitle } from "@/lib/navigation/page-title";

export const generateMetadata = () => sectionTitle("emails");

export default async function AccountEmailsPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { accountId } = await params;
  await requireAccountPage(accountId, sectionRequirement("emails"));
  const { cursor } = await searchParams;
  const [t, tCategories, format, page] = await Promise.all([getTranslations("accountEmails"), getTranslations("emailCategories"), getFormatter(), listAccountEmailsPage(accountId, { cursor })]);
  const emails = page.messages;
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {emails.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">{t("empty")}</p>
        </Card>
      ) : (
        emails.map((email) => (
          <Card key={email.id}>
            <article className="space-y-2 text-sm" data-testid="account-email">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{email.subject}</h3>
                <span className="text-slate-500">
                  {format.dateTime(email.createdAt, MOMENT)} · {email.category ? tCategories(email.category as never) : t("noCategory")}
                </span>
              </div>
              <ul className="space-y-1" aria-label={t("recipients")}>
                {email.recipients.map((recipient) => (
                  <li key={recipient.to} data-testid="email-recipient">
                    {recipient.to} — <span className="font-medium">{t(`status.${recipient.status}` as never)}</span>
                    {recipient.lastError ? <span className="text-red-700"> ({recipient.lastError})</span> : null}
                  </li>
                ))}
              </ul>
              <details>
                <summary className="cursor-pointer text-blue-700">{t("show")}</summary>
                <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-3 font-sans text-xs">{email.redactedText}</pre>
              </details>
            </article>
          </Card>
        ))
      )}
      <ListPager base={`/accounts/${accountId}/emails`} params={{}} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} testId="email-pager" />
    </div>
  );
}
