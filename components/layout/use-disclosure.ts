"use client";

import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { usePathname } from "next/navigation";

/**
 * A button that shows and hides a panel (the WAI-ARIA disclosure pattern, which suits a list
 * of links better than role="menu"): Escape closes it and gives focus back to the button; a
 * click or focus outside it closes it; so does arriving on another page.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const panelId = useId();
  const toggle = () => setOpen((was) => !was);
  return {
    open,
    /** The panel's id, for its element. */
    panelId,
    /** Everything DisclosureButton needs. */
    buttonProps: { buttonRef, open, toggle, controls: panelId },
    containerProps: {
      ref: containerRef,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      },
      onBlur: (event: FocusEvent) => {
        if (!containerRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      },
    },
  };
}
