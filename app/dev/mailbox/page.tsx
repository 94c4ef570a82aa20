import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isMailboxEnabled, listMailboxMessages } from "@/lib/email/mailbox";
import { LinkifiedText } from "@/components/ui/linkified-text";
import { isSingleLinePlainText } from "@/lib/validation/plain-text";
import { MailboxHtml } from "@/components/dev/mailbox-html";
import { readStoredAttachments } from "@/lib/email/attachments";

export const dynamic = "force-dynamic";

/** Local development only: the emails the app stored, with clickable links. 404 unless enabled. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!isMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const [t, tb] = await Promise.all([getTranslations("mailbox"), getTranslations("brand.mailbox")]);
  // NUL cannot reach a PostgreSQL query; the mailbox is a development tool, so it just shows nothing.
  const messages = to && !isSingleLinePlainText(to) ? [] : await listMailboxMessages({ to });
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form className="flex gap-2">
        <label htmlFor="mailbox-to" className="sr-only">
          {t("filter")}
        </label>
        <input id="mailbox-to" name="to" defaultValue={to} placeholder={t("filter")} className="flex-1 rounded-md border border-slate-300 px-3 py-2" />
        <button className="rounded-md border border-slate-300 bg-white px-4 py-2">{t("apply")}</button>
      </form>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="space-y-4">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mailbox-message">
            <p className="text-xs text-slate-500">
              {message.createdAt.toISOString()} · {t("to")} <span data-testid="mailbox-to">{message.to}</span> · {message.template} · {message.status}
            </p>
            <h2 className="mt-1 font-semibold" data-testid="mailbox-subject">
              {message.subject}
            </h2>
            <MailboxHtml html={message.html} label={tb("html")} title={tb("htmlFrame", { subject: message.subject })} />
            <h3 className="mt-3 text-sm font-semibold">{tb("text")}</h3>
            <LinkifiedText text={message.text} />
            {readStoredAttachments(message.attachments).length ? (
              <p className="mt-2 text-sm text-slate-600" data-testid="mailbox-attachments">
                {tb("attachments", { names: readStoredAttachments(message.attachments).map((file) => file.filename).join(", ") })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}
