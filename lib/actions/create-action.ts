import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentSession, getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { LoadedSession } from "@/lib/auth/sessions";
import { clientInfo, type ClientInfo } from "@/lib/http/client-info";
import { UserError } from "@/lib/errors/user-error";
import { isDatabaseUnreachable } from "@/lib/errors/database-errors";
import { INVALID_CHARACTERS, isMultiLinePlainText } from "@/lib/validation/plain-text";
import type { ActionResult, FieldErrors } from "./action-result";
import { logger } from "@/lib/observability/logger";

// Never echoed back into a failed form: passwords, codes, and card data (the card number and CVC only pass through to the gateway).
const SECRET_FIELDS = new Set(["password", "currentPassword", "newPassword", "code", "number", "cvc"]);

/**
 * Who may call an action: anyone; a signed-in user; or a session that gave its password
 * and still owes the two-factor code (only the second sign-in step takes that).
 */
type Auth = "public" | "user" | "second-factor";

type Context<TAuth extends Auth> = { client: ClientInfo } & (TAuth extends "user"
  ? { user: CurrentUser }
  : TAuth extends "second-factor"
    ? { session: LoadedSession }
    : Record<never, never>);

type ActionDefinition<TSchema extends z.ZodType, TData, TAuth extends Auth> = {
  auth: TAuth;
  schema: TSchema;
  handler: (input: z.output<TSchema>, context: Context<TAuth>) => Promise<TData>;
};

/** The form's fields as strings; a field sent several times (checkboxes) is joined with commas. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/**
 * The one road every mutation takes: session, input parsed with zod, the domain function,
 * and a result the form can show. Field errors are message keys under `validation`;
 * expected failures are UserErrors whose key under `errors` reaches the person; anything
 * else is logged with its stack and shown as a generic message.
 * Every handler gets the caller's IP and device (`client`) for throttling and security events.
 * (Permission checks join this road with client accounts.)
 */
export function createAction<TSchema extends z.ZodType, TData, TAuth extends Auth>(
  definition: ActionDefinition<TSchema, TData, TAuth>,
) {
  return async function action(_previous: ActionResult<TData>, formData: FormData): Promise<ActionResult<TData>> {
    const t = await getTranslations();
    const raw = formValues(formData);
    const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELDS.has(key)));

    try {
      const context: Record<string, unknown> = { client: clientInfo(await headers()) };
      if (definition.auth === "user") {
        const user = await getCurrentUser();
        if (!user) return { ok: false, error: t("errors.signedOut"), values };
        context.user = user;
      }
      if (definition.auth === "second-factor") {
        const session = await getCurrentSession();
        if (!session?.awaitingSecondFactor) return { ok: false, error: t("errors.secondFactorExpired"), values };
        context.session = session;
      }

      // Every field of every form, whatever its schema says: control characters are refused on
      // the field, before anything reaches the database (NUL cannot even be stored there).
      // Schemas add the stricter one-line rules (lib/validation/plain-text.ts).
      const withControls = Object.keys(values).filter((field) => !isMultiLinePlainText(values[field]!));
      if (withControls.length > 0) {
        const fieldErrors: FieldErrors = Object.fromEntries(withControls.map((field) => [field, [t(`validation.${INVALID_CHARACTERS}`)]]));
        return { ok: false, fieldErrors, values };
      }

      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "form");
          const key = `validation.${issue.message}`;
          (fieldErrors[field] ??= []).push(t.has(key) ? t(key) : t("validation.invalid"));
        }
        return { ok: false, fieldErrors, values };
      }

      const data = await definition.handler(parsed.data, context as unknown as Context<TAuth>);
      return { ok: true, data, values };
    } catch (error) {
      // A handler's redirect() or notFound() is Next.js control flow, not a failure.
      unstable_rethrow(error);
      if (error instanceof UserError) {
        const key = `errors.${error.code}`;
        const message = t.has(key) ? t(key, error.values) : t("errors.generic");
        if (error.field) return { ok: false, fieldErrors: { [error.field]: [message] }, values };
        return { ok: false, error: message, values };
      }
      if (isDatabaseUnreachable(error)) return { ok: false, error: t("errors.unavailable"), values };
      logger.error({ err: error }, "action failed");
      return { ok: false, error: t("errors.generic"), values };
    }
  };
}
