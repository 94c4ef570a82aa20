export type FieldErrors = Record<string, string[]>;

/** What every server action returns; forms read it through useActionState. */
export type ActionResult<TData = undefined> =
  | { ok: true; data: TData; values?: Record<string, string>; error?: undefined; fieldErrors?: undefined }
  | { ok: false; data?: undefined; error?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const initialActionResult: ActionResult<never> = { ok: false };
