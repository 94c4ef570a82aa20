"use client";

import { useActionState, type ReactNode } from "react";
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

/** A one-button form for a row action (revoke, send again, remove), showing its error next to it. */
export function SmallActionForm<TData>({ action, fields, label, ariaLabel, variant = "link", children }: SmallActionFormProps<TData>) {
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<TData>);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {label}
      </Button>
      {state.error ? (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
