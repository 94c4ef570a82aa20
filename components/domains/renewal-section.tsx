import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/action-result";
import type { RenewalPanel } from "@/lib/domains/renewals/renewal-panel";
import { formatMoney } from "@/lib/invoices/money";
import type { PaidSummary } from "@/lib/invoices/pay-invoices-schema";
import { Alert } from "@/components/ui/alert";
import { PayForm } from "@/components/invoices/pay-form";
import { RenewForm } from "./renew-form";

type Action<TData> = (previous: ActionResult<TData>, formData: FormData) => Promise<ActionResult<TData>>;

export type RenewalActions = {
  renew: Action<{ invoiceId: string; number: string; created: boolean; paid: boolean }>;
  pay: Action<PaidSummary>;
};

/** How the member pays in place: null for a member without invoices.pay. */
export type RenewalPayment = { methods: { id: string; label: string }[]; defaultMethodId: string | null; canSaveCard: boolean; testCardsHint: string | null } | null;

type RenewalSectionProps = {
  accountId: string;
  domainId: string;
  panel: RenewalPanel;
  actions: RenewalActions;
  payment: RenewalPayment;
  /** Whether the member may open invoices (a link to the renewal invoice). */
  canSeeInvoices: boolean;
};

/**
 * Renewing a domain by hand (domains.order): choose the years at the catalog's price and
 * Renew, which issues an invoice; that invoice is then paid here (invoices.pay) and the
 * domain renewed at once. An open renewal invoice is shown with its Pay action instead of a
 * second Renew. A member who may renew but not pay gets the invoice issued and is told who
 * pays it: the renewal happens when a member with invoices.pay (or auto-pay) pays.
 */
export async function RenewalSection({ accountId, domainId, panel, actions, payment, canSeeInvoices }: RenewalSectionProps) {
  const t = await getTranslations("domainRenewals");
  const locale = await getLocale();
  const money = (minor: number) => formatMoney(minor, panel.currency, locale);
  const invoiceLink = (id: string, number: string) =>
    canSeeInvoices ? (
      <Link href={`/accounts/${accountId}/invoices/${id}`} className="text-blue-700 underline">
        {number}
      </Link>
    ) : (
      number
    );

  return (
    <section id="renew" aria-labelledby={`renew-title-${domainId}`} className="space-y-3" data-testid="domain-renewal">
      <h3 id={`renew-title-${domainId}`} className="text-sm font-medium">
        {t("title")}
      </h3>
      {panel.applying ? (
        <Alert tone={panel.applying.refusal ? "error" : "info"}>
          {panel.applying.refusal ? t("refused", { number: panel.applying.number, years: panel.applying.years }) : t("applying", { number: panel.applying.number, years: panel.applying.years })}
        </Alert>
      ) : null}
      {panel.open ? (
        <p className="text-sm" data-testid="renewal-open-invoice">
          {t.rich("open", { years: panel.open.years, total: money(panel.open.totalMinor), number: panel.open.number, invoice: (chunks) => invoiceLink(panel.open!.id, String(chunks)) })}{" "}
          {payment ? null : t("payByOthers")}
        </p>
      ) : null}
      {!panel.open && !panel.applying ? (
        panel.options.length ? (
          <RenewForm
            action={actions.renew}
            accountId={accountId}
            domainId={domainId}
            options={panel.options.map((option) => ({ years: option.years, label: t("form.option", { years: option.years, price: money(option.priceMinor) }) }))}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("atLimit")}</p>
        )
      ) : null}
      {payment ? (
        // Mounted whether or not an invoice is open, so the payment's confirmation outlives the re-render that follows it.
        <PayForm
          key="renewal-pay"
          action={actions.pay}
          accountId={accountId}
          id="pay-renewal"
          invoiceIds={panel.open ? [panel.open.id] : []}
          payable={panel.open !== null}
          title={t("payTitle")}
          submitLabel={t("paySubmit", { total: panel.open ? money(panel.open.totalMinor) : "" })}
          methods={payment.methods}
          defaultMethodId={payment.defaultMethodId}
          canSaveCard={payment.canSaveCard}
          testCardsHint={payment.testCardsHint}
        />
      ) : null}
    </section>
  );
}
