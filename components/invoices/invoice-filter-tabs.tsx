import Link from "next/link";
import type { InvoiceFilter } from "@/lib/invoices/invoice-status";

export type FilterTab = { filter: InvoiceFilter; label: string; href: string; count: number; amounts: string };

/** The list's status filters, each with how many invoices it holds and what they add up to. */
export function InvoiceFilterTabs({ tabs, current, label }: { tabs: FilterTab[]; current: InvoiceFilter; label: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {tabs.map((tab) => (
        <Link
          key={tab.filter}
          href={tab.href}
          aria-current={tab.filter === current ? "page" : undefined}
          data-testid={`invoice-filter-${tab.filter}`}
          className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm hover:border-blue-400 aria-[current=page]:border-blue-700 aria-[current=page]:ring-1 aria-[current=page]:ring-blue-700"
        >
          <span className="font-medium">{tab.label}</span>
          <span className="ml-2 text-slate-600">{tab.count}</span>
          {tab.amounts ? <span className="block text-xs text-slate-500">{tab.amounts}</span> : null}
        </Link>
      ))}
    </nav>
  );
}
