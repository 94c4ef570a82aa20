import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SetupStep } from "@/lib/accounts/setup-steps";

const WHERE: Record<SetupStep, string> = { billingDetails: "settings", card: "billing", invite: "users" };

/** A new account's next steps (lib/accounts/setup-steps.ts), each a link to where it is done; nothing once all are. */
export async function SetupStepsCard({ accountId, accountName, steps }: { accountId: string; accountName: string; steps: SetupStep[] }) {
  if (!steps.length) return null;
  const t = await getTranslations("brand.setup");
  return (
    <Card title={t("title", { accountName })}>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <ol className="space-y-3" data-testid="setup-steps">
        {steps.map((step) => (
          <li key={step} className="text-sm" data-testid={`setup-step-${step}`}>
            <Link href={`/accounts/${accountId}/${WHERE[step]}`} className="font-medium text-blue-700 underline">
              {t(step)}
            </Link>
            <p className="text-slate-600">{t(`${step}Hint`)}</p>
          </li>
        ))}
      </ol>
    </Card>
  );
}
