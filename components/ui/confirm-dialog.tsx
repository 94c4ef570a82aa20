"use client";

import { useActionState, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormFeedback } from "@/components/ui/form-feedback";
import { showPageMessage } from "@/components/ui/page-message";
import { TextField } from "@/components/ui/text-field";

type Action<TData> = (previous: ActionResult<TData>, formData: FormData) => Promise<ActionResult<TData>>;

type ConfirmDialogProps<TData> = {
  /** The server action that does the thing: it checks everything again, the dialog is only the question. */
  action: Action<TData>;
  /** Hidden fields sent with the action (accountId, the row's id). */
  fields: Record<string, string>;
  /** The button that opens the dialog. */
  triggerLabel: string;
  /** The trigger's accessible name when its label alone is ambiguous ("Remove" in a table). */
  triggerAriaLabel?: string;
  triggerVariant?: "primary" | "secondary" | "link" | "danger";
  /** The thing cannot be done now (the server is already restarting). */
  triggerDisabled?: boolean;
  /** The question, as the dialog's name ("Remove Marta Perez from Empresa, S.A.?"). */
  title: string;
  /** What happens, and what cannot be undone. */
  description: ReactNode;
  confirmLabel: string;
  /** Danger: the confirm button is red (closing an account, removing people and cards). */
  tone?: "danger" | "default";
  /**
   * The person types this text (the account's name) to confirm; sent as `confirmName`, and
   * the server compares it too, so a forged request without it is refused.
   */
  typeToConfirm?: { label: string };
  /** More fields the action needs (the owner's password), given the last result for their errors. */
  extraFields?: (state: ActionResult<TData>) => ReactNode;
  /** Said on the page once the action is done; null when the action leaves the page (a redirect). */
  success: ((data: TData) => string) | null;
  testId: string;
};

/** Returns focus to the opener when the dialog closes without the action done (cancel, Escape). */
function useReturnFocus(dialogRef: RefObject<HTMLDialogElement | null>, openerRef: RefObject<HTMLButtonElement | null>, doneRef: RefObject<boolean>) {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      if (!doneRef.current) openerRef.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    return () => dialog.removeEventListener("close", onClose);
  }, [dialogRef, openerRef, doneRef]);
}

/**
 * The one confirmation for what cannot be undone, on the native <dialog>: showModal() makes
 * the rest of the page inert (focus stays inside, the screen reader reads only the dialog),
 * Escape cancels, and focus goes back to the button that opened it. Cancelling sends nothing.
 * Each opening starts a fresh form, so an error or a typed password does not linger.
 */
export function ConfirmDialog<TData>(props: ConfirmDialogProps<TData>) {
  const { triggerLabel, triggerAriaLabel, triggerVariant = "secondary", triggerDisabled, testId } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef(false);
  const [opening, setOpening] = useState(0);
  const titleId = useId();
  useReturnFocus(dialogRef, openerRef, doneRef);

  function open() {
    doneRef.current = false;
    setOpening((count) => count + 1);
    dialogRef.current?.showModal();
  }

  return (
    <>
      <Button ref={openerRef} type="button" variant={triggerVariant} onClick={open} disabled={triggerDisabled} aria-label={triggerAriaLabel} aria-haspopup="dialog" data-testid={`${testId}-open`}>
        {triggerLabel}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        data-testid={testId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-6 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <ConfirmForm key={opening} {...props} titleId={titleId} dialogRef={dialogRef} doneRef={doneRef} />
      </dialog>
    </>
  );
}

function ConfirmForm<TData>({
  action,
  fields,
  title,
  description,
  confirmLabel,
  tone = "default",
  typeToConfirm,
  extraFields,
  success,
  titleId,
  dialogRef,
  doneRef,
}: ConfirmDialogProps<TData> & { titleId: string; dialogRef: RefObject<HTMLDialogElement | null>; doneRef: RefObject<boolean> }) {
  const t = useTranslations("forms.confirm");
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<TData>, formData: FormData) => {
    const result = await action(previous, formData);
    // A redirecting action (leave, close) never gets here with a result: the page changes.
    if (result?.ok) {
      doneRef.current = true;
      dialogRef.current?.close();
      if (success) showPageMessage(success(result.data));
    }
    return result;
  }, initialActionResult as ActionResult<TData>);

  // On opening (this form is new each time), the least harmful choice has focus first; with a
  // name to type, the name's field. Not after a submit: then the feedback takes focus.
  const asksForName = !!typeToConfirm;
  useEffect(() => {
    if (!dialogRef.current?.open) return;
    const first = asksForName ? dialogRef.current.querySelector<HTMLInputElement>("input[name=confirmName]") : cancelRef.current;
    first?.focus();
  }, [dialogRef, asksForName]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <h2 id={titleId} className={`text-lg font-semibold ${tone === "danger" ? "text-red-800" : ""}`}>
        {title}
      </h2>
      <FormFeedback state={state} />
      <div className="space-y-2 text-sm text-slate-700">{description}</div>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeToConfirm ? (
        <TextField
          label={typeToConfirm.label}
          name="confirmName"
          id={`${titleId}-confirm-name`}
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values?.confirmName ?? ""}
          errors={state.fieldErrors?.confirmName}
        />
      ) : null}
      {extraFields?.(state)}
      <div className="flex flex-wrap justify-end gap-3 pt-2">
        <Button ref={cancelRef} type="button" variant="secondary" onClick={() => dialogRef.current?.close()}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant={tone === "danger" ? "danger" : "primary"} disabled={pending}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
