"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentLink } from "@/lib/navigation/current-link";

export type NavItem = { href: string; label: string };

/**
 * A navigation's links with the current one marked for assistive technology
 * (aria-current="page") and, from that same attribute, for the eye: one source for both.
 */
export function NavLinkList({ items, className = "" }: { items: readonly NavItem[]; className?: string }) {
  const current = currentLink(usePathname(), items.map((item) => item.href));
  return (
    <ul className={`flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-x-4 md:gap-y-1 ${className}`}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? "page" : undefined}
            className="block rounded-md px-2 py-2 text-slate-700 hover:text-blue-800 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-800 md:rounded-none md:border-b-2 md:border-transparent md:px-0 md:py-1 md:aria-[current=page]:border-blue-700 md:aria-[current=page]:bg-transparent"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
