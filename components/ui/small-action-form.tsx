"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";

type SmallActionFormProps<TData> = {
  action: (previous: ActionResult<TData>, formData: FormData) => Promise<ActionResult<TData>>;
  fields: Record<string, string>;
  label: string;
  /** The accessible name when the visible label alone is ambiguous ("Remove" in a table). */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "link";
  children?: ReactNode;
};

/**
 * A one-button form for a row action (send again, make default), showing its error next to
 * it: in a live region present before the error arrives, and focused, so it is heard and the
 * keyboard continues from it. (What cannot be undone goes through ConfirmDialog instead.)
 */
export function SmallActionForm<TData>({ action, fields, label, ariaLabel, variant = "link", children }: SmallActionFormProps<TData>) {
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<TData>);
  const errorRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {label}
      </Button>
      <span role="alert" className="empty:hidden">
        {state.error ? (
          <span ref={errorRef} tabIndex={-1} className="text-sm text-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600">
            {state.error}
          </span>
        ) : null}
      </span>
    </form>
  );
}
