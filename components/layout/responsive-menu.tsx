"use client";

import { useId, type ReactNode } from "react";
import { useDisclosure } from "./use-disclosure";

/**
 * What is a row at desktop widths and, under the md breakpoint, a button that opens it as a
 * column: the header and the account's sections fit a 320-pixel screen this way (WCAG 1.4.10).
 */
export function ResponsiveMenu({
  label,
  children,
  lead = null,
  className = "",
  panelClassName = "",
}: {
  label: ReactNode;
  children: ReactNode;
  /** Shown before the button at every width (the provider's name in the header). */
  lead?: ReactNode;
  className?: string;
  panelClassName?: string;
}) {
  const { open, toggle, buttonRef, containerProps } = useDisclosure();
  const panelId = useId();
  return (
    <div {...containerProps} className={className}>
      {lead}
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className="inline-flex min-h-10 max-w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 md:hidden"
      >
        <span className="truncate">{label}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 shrink-0 transition-transform ${open ? "rotate-180" : ""}`} fill="currentColor">
          <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
        </svg>
      </button>
      <div id={panelId} className={`${open ? "flex" : "hidden"} md:flex ${panelClassName}`}>
        {children}
      </div>
    </div>
  );
}
