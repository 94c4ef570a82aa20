import type { ReactNode } from "react";

/**
 * A data table's own scroll region: on a narrow screen the table scrolls sideways inside it
 * while the page does not (WCAG 1.4.10 lets a data table keep its two dimensions). It is
 * focusable and named so a keyboard can scroll it (axe: scrollable-region-focusable), and
 * marked with data-table-scroll: tests/e2e/page-checks.spec.ts excepts only tables inside it.
 * It is positioned, so an sr-only (absolute) text in a cell is clipped with the table instead
 * of widening the page.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} data-table-scroll="" className="relative max-w-full overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
      {children}
    </div>
  );
}
