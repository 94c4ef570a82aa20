"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { currentLink } from "@/lib/navigation/current-link";
import { NavLinkList, type NavItem } from "./nav-link-list";
import { ResponsiveMenu } from "./responsive-menu";

/** The sections of a client account the member may open; on a phone, behind a button that names the current one. */
export function AccountNav({ label, items }: { label: string; items: readonly NavItem[] }) {
  const t = useTranslations("layout");
  const current = currentLink(usePathname(), items.map((item) => item.href));
  const section = items.find((item) => item.href === current)?.label;
  return (
    <nav aria-label={label} className="text-sm">
      <ResponsiveMenu label={section ? t("sectionMenu", { section }) : t("menu")} panelClassName="mt-2 md:mt-0">
        <NavLinkList items={items} className="w-full font-medium" />
      </ResponsiveMenu>
    </nav>
  );
}
