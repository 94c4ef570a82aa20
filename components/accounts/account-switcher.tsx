"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { switchTarget } from "@/lib/navigation/switch-target";
import { DisclosureButton } from "@/components/layout/disclosure-button";
import { useDisclosure } from "@/components/layout/use-disclosure";

export type SwitcherAccount = { id: string; legalName: string; sections: readonly string[] };

/**
 * Moves to another of the user's accounts only when they follow one of its links: a button
 * opens the list, and arrow keys or a select's change never navigate (WCAG 3.2.2). Each link
 * keeps the section the person is in where it is open to them there. The list comes from the
 * server; each page checks access itself.
 */
export function AccountSwitcher({ current, accounts }: { current: string; accounts: readonly SwitcherAccount[] }) {
  const t = useTranslations("accounts");
  const pathname = usePathname();
  const { open, panelId, buttonProps, containerProps } = useDisclosure();
  const others = accounts.filter((account) => account.id !== current);
  return (
    <div {...containerProps} className="relative max-w-full text-sm">
      <DisclosureButton
        {...buttonProps}
        className="inline-flex min-h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-slate-800 hover:bg-slate-50"
      >
        {t("switcher")}
      </DisclosureButton>
      <ul
        id={panelId}
        hidden={!open}
        className="absolute left-0 z-20 sm:right-0 sm:left-auto mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg"
      >
        {others.map((account) => (
          <li key={account.id}>
            <Link href={switchTarget({ pathname, targetId: account.id, targetSections: account.sections })} className="block rounded px-3 py-2 break-words text-slate-800 hover:bg-slate-100">
              {account.legalName}
            </Link>
          </li>
        ))}
        <li className={others.length ? "border-t border-slate-200 pt-1" : ""}>
          <Link href="/user/accounts" className="block rounded px-3 py-2 font-medium text-blue-800 hover:bg-slate-100">
            {t("allAccounts")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
