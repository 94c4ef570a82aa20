"use client";

import type { ReactNode, RefObject } from "react";

/**
 * The button of a disclosure (useDisclosure): says whether its panel is open and which it is,
 * with a chevron that turns when it opens. The header's menu and the account switcher use it.
 */
export function DisclosureButton({
  buttonRef,
  open,
  toggle,
  controls,
  className,
  children,
}: {
  buttonRef: RefObject<HTMLButtonElement | null>;
  open: boolean;
  toggle: () => void;
  /** The id of the panel it shows and hides. */
  controls: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={controls} onClick={toggle} className={className}>
      {children}
      <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 shrink-0 transition-transform ${open ? "rotate-180" : ""}`} fill="currentColor">
        <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
      </svg>
    </button>
  );
}
