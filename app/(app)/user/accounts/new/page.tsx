import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { countryOptions } from "@/lib/geo/countries";
import { CURRENCIES } from "@/lib/geo/currencies";
import { Card } from "@/components/ui/card";
import { AccountForm } from "@/components/accounts/account-form";
import { brand } from "@/lib/brand/brand";
import { createAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("newTitle") };
}

export default async function NewAccountPage() {
  const user = await requireUser();
  const t = await getTranslations("accounts");
  // The provider's default currency (PROVIDER_DEFAULT_CURRENCY) is proposed; the person may pick another.
  return (
    <ClientMessages namespaces={["accounts", "money.currency"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
        <Card>
          <AccountForm action={createAccountAction} initial={{ documentLocale: user.locale, currency: brand().defaultCurrency }} countries={countryOptions(await getLocale())} currencies={CURRENCIES} submitLabel={t("form.submitCreate")} />
        </Card>
      </div>
    </ClientMessages>
  );
}
