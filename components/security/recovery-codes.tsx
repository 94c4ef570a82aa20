"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Shown once, right after they are made; "saved" reloads the page, which never shows them again. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("security.twoFactor");
  const router = useRouter();
  return (
    <div className="space-y-3" data-testid="recovery-codes">
      <h3 className="font-semibold">{t("recoveryTitle")}</h3>
      <Alert tone="info">{t("recoveryIntro")}</Alert>
      <ul className="grid grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((code) => (
          <li key={code} className="rounded bg-slate-100 px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
      <Button onClick={() => router.refresh()}>{t("recoverySaved")}</Button>
    </div>
  );
}
