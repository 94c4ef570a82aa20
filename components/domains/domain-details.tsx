import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/action-result";
import type { DomainRow } from "@/lib/domains/list-domains";
import { Card } from "@/components/ui/card";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { NameserversForm } from "./nameservers-form";
import { RegistrantForm } from "./registrant-form";
import { TransferCodeReveal } from "./transfer-code-reveal";

type Action<TData> = (previous: ActionResult<TData>, formData: FormData) => Promise<ActionResult<TData>>;

export type DomainActions = {
  nameservers: Action<{ nameservers: string[] }>;
  setSwitch: Action<{ setting: "locked" | "autoRenew"; on: boolean }>;
  registrant: Action<{ saved: boolean }>;
  transferCode: Action<{ transferCode: string }>;
};

type DomainDetailsProps = {
  accountId: string;
  domain: DomainRow;
  /** Null when the member may only look (domains.view without domains.manage). */
  actions: DomainActions | null;
  contacts: { id: string; label: string }[];
  closeHref: string;
  /** Who legally holds the domain: a contact's name, or the account itself. */
  registrantLabel: string;
  /** The renewal section, for a member with domains.order (null for the others). */
  renewal: ReactNode | null;
};

const FINISHED = new Set(["EXPIRED", "CANCELLED", "TRANSFERRED_AWAY"]);

/** One domain's management panel on the domains page (`?domain=<id>`): each change is its own small form. */
export async function DomainDetails({ accountId, domain, actions, contacts, closeHref, registrantLabel, renewal }: DomainDetailsProps) {
  const t = await getTranslations("domains");
  const tRenewal = await getTranslations("domainRenewals");
  const format = await getFormatter();
  const fields = { accountId, domainId: domain.id };
  const manageable = actions && !FINISHED.has(domain.status);
  return (
    <Card title={t("details.title", { domain: domain.name })}>
      <div data-testid="domain-details" className="space-y-6">
        <Link href={closeHref} className="text-sm text-blue-700 underline">
          {t("details.close")}
        </Link>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">{t("expiry")}</dt>
          <dd data-testid="domain-details-expiry">{format.dateTime(domain.expiresAt, { dateStyle: "long" })}</dd>
          <dt className="text-slate-500">{t("registrant")}</dt>
          <dd data-testid="domain-details-registrant">{registrantLabel}</dd>
        </dl>
        {!actions ? <p className="text-sm text-slate-600">{t("details.viewOnly")}</p> : null}
        {actions && !manageable ? <p className="text-sm text-slate-600">{t(`details.finished.${domain.status as "EXPIRED"}`)}</p> : null}
        {manageable ? (
          <>
            <NameserversForm action={actions.nameservers} accountId={accountId} domainId={domain.id} nameservers={domain.nameservers} />
            <div className="flex flex-wrap gap-6 text-sm">
              <div className="space-y-1">
                <p>{domain.locked ? t("lock.on") : t("lock.off")}</p>
                <SmallActionForm action={actions.setSwitch} fields={{ ...fields, setting: "locked", on: String(!domain.locked) }} label={domain.locked ? t("lock.unlock") : t("lock.lock")} variant="secondary" />
              </div>
              <div className="space-y-1">
                <p>
                  {domain.autoRenew ? t("autoRenew.on") : t("autoRenew.off")}
                  {!domain.autoRenew && renewal ? (
                    <>
                      {" "}
                      <a href="#renew" className="text-blue-700 underline">
                        {tRenewal("renewLink")}
                      </a>
                    </>
                  ) : null}
                </p>
                <SmallActionForm
                  action={actions.setSwitch}
                  fields={{ ...fields, setting: "autoRenew", on: String(!domain.autoRenew) }}
                  label={domain.autoRenew ? t("autoRenew.turnOff") : t("autoRenew.turnOn")}
                  variant="secondary"
                />
              </div>
            </div>
            {contacts.length ? (
              <RegistrantForm action={actions.registrant} accountId={accountId} domainId={domain.id} contacts={contacts} currentId={domain.registrantContactId} />
            ) : (
              <p className="text-sm text-slate-600">{t("registrantForm.noContacts")}</p>
            )}
            <div className="space-y-2">
              <h3 className="text-sm font-medium">{t("transferCode.title")}</h3>
              {domain.locked ? <p className="text-sm text-slate-600">{t("transferCode.unlockFirst")}</p> : <TransferCodeReveal action={actions.transferCode} accountId={accountId} domainId={domain.id} />}
            </div>
          </>
        ) : null}
        {renewal}
      </div>
    </Card>
  );
}
