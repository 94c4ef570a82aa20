"use client";

import { useEffect, useRef, useSyncExternalStore, type MouseEvent, type ReactNode, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type FieldErrors } from "@/lib/actions/action-result";

/** The part of an action's result the feedback reads (any ActionResult fits). */
export type FeedbackState = { ok: boolean; error?: string; fieldErrors?: FieldErrors };

/**
 * The field a field error is about, found in the form by its name: its id (to link to) and
 * its label as the person sees it. A group of checkboxes links to its first box and is named
 * by its legend. Nothing found (an error about the form as a whole): the message alone.
 */
function fieldOf(form: HTMLFormElement | null | undefined, name: string): { label: string; targetId: string } | null {
  const found = form?.elements.namedItem(name);
  const element = found instanceof RadioNodeList ? (found[0] as HTMLElement | undefined) : found;
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || element.type === "hidden" || !element.id) return null;
  const legend = found instanceof RadioNodeList ? element.closest("fieldset")?.querySelector("legend")?.textContent : null;
  const label = (legend ?? element.labels?.[0]?.textContent ?? "").trim();
  return { label, targetId: element.id };
}

const noSubscription = () => () => {};

/**
 * One line of the summary: a link to the field in error, named by the field's label (its
 * message is beside the field, read with it when the link takes focus there). The field is
 * read from the form as rendered (an outside source, hence useSyncExternalStore), so a link
 * always points to a field that exists; a message about no field is said here in full.
 */
function SummaryLine({ regionRef, name, messages }: { regionRef: RefObject<HTMLDivElement | null>; name: string; messages: string[] }) {
  const found = useSyncExternalStore(
    noSubscription,
    () => {
      // Inside its form, or just before it when the form gives way to a success message.
      const region = regionRef.current;
      const field = fieldOf(region?.closest("form") ?? region?.parentElement?.querySelector("form"), name);
      return field?.label ? `${field.targetId}\n${field.label}` : null;
    },
    () => null,
  );
  if (!found) return <li>{messages.join(" ")}</li>;
  const [targetId, label] = found.split("\n") as [string, string];
  return (
    <li>
      <a href={`#${targetId}`} onClick={(event) => goToField(event, targetId)} className="font-medium underline">
        {label}
      </a>
    </li>
  );
}

/** Moves to the field of a summary link, its label in view (the hash jump alone would not focus a select everywhere). */
function goToField(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  const label = target.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null;
  (label ?? target).scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

type FormFeedbackProps = {
  /** The form's useActionState result. */
  state: FeedbackState;
  /** What to say when the action succeeded; nothing when the page itself shows the change (a redirect). */
  success?: ReactNode;
  /** A test id for the message box. */
  testId?: string;
};

/**
 * What a form says after a submit, in one place at its top:
 * - a live region present from the first render, so the message that later arrives in it is
 *   announced (a region created together with its text often is not);
 * - on failure, an error summary: the form's own error and one link per field in error, which
 *   moves to that field; each field keeps its own message and hint beside it;
 * - on success, the success message;
 * and after every submit, focus moves to the message, so a keyboard or screen reader user
 * lands on what happened instead of staying on a button that may have disappeared.
 */
export function FormFeedback({ state, success, testId = "form-feedback" }: FormFeedbackProps) {
  const t = useTranslations("forms.feedback");
  const regionRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const submitted = state !== initialActionResult;
  const fieldErrors = state.ok ? [] : Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages.length > 0);
  const showErrors = submitted && !state.ok && (!!state.error || fieldErrors.length > 0);
  const showSuccess = submitted && state.ok && !!success;
  const tone = showErrors ? "error" : showSuccess ? "success" : null;

  // After each submit (a new state object): focus on the message.
  useEffect(() => {
    if (state !== initialActionResult) boxRef.current?.focus();
  }, [state]);

  // The two live regions are always there, empty until a message arrives: an "alert" for what
  // went wrong, a "status" for what went right. The box around them is the focus target.
  return (
    <div
      ref={(element) => {
        regionRef.current = element;
        boxRef.current = element;
      }}
      tabIndex={tone ? -1 : undefined}
      data-testid={tone ? testId : `${testId}-region`}
      data-tone={tone ?? undefined}
      className={
        tone === "error"
          ? "rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600"
          : tone === "success"
            ? "rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-green-700"
            : undefined
      }
    >
      {showErrors ? <h2 className="font-semibold">{t("summaryTitle")}</h2> : null}
      <div role="alert">
        {showErrors && state.error ? <p className="mt-1">{state.error}</p> : null}
        {showErrors && fieldErrors.length ? (
          <>
            <p className="mt-1">{t("fieldsIntro")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {fieldErrors.map(([name, messages]) => (
                <SummaryLine key={name} regionRef={regionRef} name={name} messages={messages} />
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div role="status">{showSuccess ? success : null}</div>
    </div>
  );
}
