"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeServiceSettingsAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import type { ServiceKind } from "@/lib/generated/prisma/enums";
import type { PanelSettings } from "@/lib/provisioning/types";
import { PHP_VERSIONS } from "@/lib/services/settings";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type ServiceSettingsFormProps = {
  accountId: string;
  serviceId: string;
  kind: ServiceKind;
  current: PanelSettings;
  /** The plan's storage: the largest mailbox quota an email plan allows. */
  diskLimitMb: number | null;
};

/** The one setting of the service's kind: PHP version, VPS host name, or mailbox quota. */
export function ServiceSettingsForm({ accountId, serviceId, kind, current, diskLimitMb }: ServiceSettingsFormProps) {
  const t = useTranslations("services.settings");
  const [state, formAction, pending] = useActionState(changeServiceSettingsAction, initialActionResult);
  const value = (name: keyof PanelSettings) => state.values?.[name] ?? (current[name] === undefined ? "" : String(current[name]));
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="serviceId" value={serviceId} />
      {kind === "WEB_HOSTING" ? (
        <SelectField
          label={t("phpVersion")}
          name="phpVersion"
          defaultValue={value("phpVersion") || PHP_VERSIONS[PHP_VERSIONS.length - 1]}
          errors={state.fieldErrors?.phpVersion}
          options={PHP_VERSIONS.map((version) => ({ value: version, label: `PHP ${version}` }))}
        />
      ) : null}
      {kind === "VPS" ? <TextField label={t("hostname")} name="hostname" defaultValue={value("hostname")} hint={t("hostnameHint")} errors={state.fieldErrors?.hostname} /> : null}
      {kind === "EMAIL" ? (
        <TextField
          label={t("mailboxQuota")}
          name="mailboxQuotaMb"
          inputMode="numeric"
          defaultValue={value("mailboxQuotaMb")}
          hint={t("mailboxQuotaHint", { max: diskLimitMb ?? 0 })}
          errors={state.fieldErrors?.mailboxQuotaMb}
        />
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
