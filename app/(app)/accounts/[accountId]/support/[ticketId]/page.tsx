import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { ticketDetails } from "@/lib/support/ticket-details";
import { ticketLabel } from "@/lib/support/ticket-filter";
import { Card } from "@/components/ui/card";
import { PageMessage } from "@/components/ui/page-message";
import { BackLink } from "@/components/layout/back-link";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { Conversation } from "@/components/support/conversation";
import { ReplyForm } from "@/components/support/reply-form";
import { TicketStatusBadge } from "@/components/support/ticket-status-badge";
import { closeTicketAction, reopenTicketAction, replyToTicketAction } from "../actions";
import { MOMENT } from "@/lib/i18n/formats";
import type { Metadata } from "next";
import { recordTitle } from "@/lib/navigation/page-title";
import { ticketName } from "@/lib/navigation/record-names";

export async function generateMetadata({ params }: { params: Promise<{ accountId: string; ticketId: string }> }): Promise<Metadata> {
  const { accountId, ticketId } = await params;
  return recordTitle(accountId, "support/[ticketId]", () => ticketName(accountId, ticketId));
}

export default async function TicketPage({ params, searchParams }: { params: Promise<{ accountId: string; ticketId: string }>; searchParams: Promise<{ opened?: string }> }) {
  const { accountId, ticketId } = await params;
  const { opened } = await searchParams;
  const access = await requireAccountPage(accountId, sectionRequirement("support/[ticketId]"));
  const ticket = await ticketDetails(accountId, ticketId);
  if (!ticket) notFound();
  const [t, format, tForms] = await Promise.all([getTranslations("support"), getFormatter(), getTranslations("forms")]);
  const canWrite = meets(access, "support.open");
  const closed = ticket.status === "CLOSED";
  const fields = { accountId, ticketId: ticket.id };
  const base = `/accounts/${accountId}`;

  return (
    <ClientMessages namespaces={["support.reply"]}>
      <div className="space-y-6">
        <BackLink accountId={accountId} list="support" />
        <PageMessage arrival={opened === "1" ? tForms("ticketOpened", { ticket: ticketLabel(ticket.number) }) : undefined} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="flex flex-wrap items-center gap-3 text-lg font-semibold">
            <span className="tabular-nums text-slate-500">{ticketLabel(ticket.number)}</span>
            <span data-testid="ticket-subject">{ticket.subject}</span>
            <TicketStatusBadge status={ticket.status} label={t(`statuses.${ticket.status}`)} />
          </h2>
          {canWrite ? (
            <SmallActionForm action={closed ? reopenTicketAction : closeTicketAction} fields={fields} label={closed ? t("reopen") : t("close")} variant="secondary" />
          ) : null}
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <dt className="text-slate-500">{t("department")}</dt>
          <dd>{t(`departments.${ticket.department}`)}</dd>
          <dt className="text-slate-500">{t("priority")}</dt>
          <dd>{t(`priorities.${ticket.priority}`)}</dd>
          <dt className="text-slate-500">{t("opened")}</dt>
          <dd>{format.dateTime(ticket.createdAt, MOMENT)}</dd>
          {/* The related service by name, as invoices name it; a link only for members who may open services. */}
          {ticket.service ? (
            <>
              <dt className="text-slate-500">{t("service")}</dt>
              <dd>
                {meets(access, "services.view") ? (
                  <Link href={`${base}/services/${ticket.service.id}`} className="text-blue-700 underline">
                    {ticket.service.productName}
                  </Link>
                ) : (
                  ticket.service.productName
                )}
                {ticket.service.domain ? ` (${ticket.service.domain})` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        <Conversation
          labels={{ staff: t("staff"), formerMember: t("formerMember") }}
          messages={ticket.replies.map((reply) => ({
            id: reply.id,
            body: reply.body,
            when: format.dateTime(reply.createdAt, MOMENT),
            staffName: reply.staffName,
            authorName: reply.author?.name ?? null,
          }))}
        />
        {canWrite ? (
          <Card title={t("reply.title")}>
            {closed ? <p className="text-sm text-slate-600">{t("reply.closed")}</p> : <ReplyForm action={replyToTicketAction} accountId={accountId} ticketId={ticket.id} />}
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
