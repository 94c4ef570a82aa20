"use client";

import type { ReactNode } from "react";
import { DisclosureButton } from "./disclosure-button";
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
  const { open, panelId, buttonProps, containerProps } = useDisclosure();
  return (
    <div {...containerProps} className={className}>
      {lead}
      <DisclosureButton
        {...buttonProps}
        className="inline-flex min-h-10 max-w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 md:hidden"
      >
        <span className="truncate">{label}</span>
      </DisclosureButton>
      <div id={panelId} className={`${open ? "flex" : "hidden"} md:flex ${panelClassName}`}>
        {children}
      </div>
    </div>
  );
}
