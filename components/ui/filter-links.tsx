import Link from "next/link";

export type FilterLink<TKey extends string> = { key: TKey; label: string; href: string; count?: number; detail?: string };

/**
 * A list's filters as links (the filter lives in the URL, so it survives a reload and can be
 * shared), the current one marked for screen readers and by its ring; an optional count and
 * a line of detail (the invoices' amounts) each. The mark is aria-current="true", not "page":
 * a filter is a state of the list, and "page" is the navigation's current section alone.
 */
export function FilterLinks<TKey extends string>({ links, current, label, testIdPrefix }: { links: FilterLink<TKey>[]; current: TKey; label: string; testIdPrefix: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {links.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={link.key === current ? "true" : undefined}
          data-testid={`${testIdPrefix}-${link.key}`}
          className="rounded-md border border-slate-200 bg-white px-3 py-1.5 text-sm hover:border-blue-400 aria-[current=true]:border-blue-700 aria-[current=true]:ring-1 aria-[current=true]:ring-blue-700"
        >
          <span className="font-medium">{link.label}</span>
          {link.count === undefined ? null : <span className="ml-2 text-slate-600">{link.count}</span>}
          {link.detail ? <span className="block text-xs text-slate-500">{link.detail}</span> : null}
        </Link>
      ))}
    </nav>
  );
}
