import { z } from "zod";

/**
 * What a person may type into the app's text fields.
 *
 * - Control characters have no place in any of them: NUL cannot be stored in PostgreSQL text
 *   at all (it failed as "Something went wrong"), and the other C0 and C1 controls and DEL are
 *   invisible garbage in names, emails and invoice PDFs. Tab and line breaks are kept only in
 *   fields that take several lines (messages, reasons).
 * - Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused in
 *   single-line fields (names, subjects, addresses): there they can make one name read as
 *   another in a member list, an email or an invoice ("Trojan Source" spoofing). They are
 *   allowed in multi-line text, where a message mixing right-to-left and left-to-right writing
 *   may need them and they stay inside that one message, shown escaped.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const TABS_AND_LINE_BREAKS = /[\t\n\r]/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** The field message (a key under `validation`) for text that breaks these rules. */
export const INVALID_CHARACTERS = "invalidCharacters";

export function isMultiLinePlainText(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

export function isSingleLinePlainText(value: string): boolean {
  return isMultiLinePlainText(value) && !TABS_AND_LINE_BREAKS.test(value) && !BIDI_CONTROLS.test(value);
}

/** A one-line text field: names, subjects, address lines. Chain .trim(), .min(), .max() as usual. */
export function singleLineText() {
  return z.string().refine(isSingleLinePlainText, { error: INVALID_CHARACTERS, abort: true });
}

/** A text field of several lines: messages, reasons. */
export function multiLineText() {
  return z.string().refine(isMultiLinePlainText, { error: INVALID_CHARACTERS, abort: true });
}
