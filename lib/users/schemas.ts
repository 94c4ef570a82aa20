import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, isCommonPassword } from "@/lib/auth/password-policy";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { timeZoneOrDefault } from "@/lib/i18n/time-zones";

// Error messages are keys under `validation` in the message files.

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "emailRequired" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }));

export const ZPersonName = singleLineText().trim().min(1, { error: "nameRequired" }).max(100, { error: "nameTooLong" });

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .refine((password) => Buffer.byteLength(password, "utf8") <= PASSWORD_MAX_BYTES, { error: "passwordTooLong" })
  .refine((password) => !isCommonPassword(password), { error: "passwordTooCommon" });

/** A time zone from a form or the browser; an unknown one is the default, never an error. */
export const ZTimeZone = z.string().max(100).optional().transform(timeZoneOrDefault);

/** A language code from a form; an unknown one is the default, never an error. */
export const ZLocale = z
  .string()
  .max(20)
  .optional()
  .transform((value) => (isLocale(value) ? value : defaultLocale));

/** The browser's time zone comes in a hidden field (components/i18n/browser-time-zone-field.tsx). */
export const ZSignUp = z.object({ name: ZPersonName, email: ZEmail, password: ZNewPassword, timeZone: ZTimeZone });
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignInCredentials = z.object({ email: ZEmail, password: z.string().min(1).max(1024) });

export const ZResendVerification = z.object({ email: ZEmail });

/** The verification link's page: the link, and the password whoever holds the mailbox chooses. */
export const ZCompleteVerification = z.object({ token: z.string().min(1).max(200), password: ZNewPassword });

export const ZUpdateProfile = z.object({ name: ZPersonName, locale: ZLocale, timeZone: ZTimeZone });
export type TUpdateProfile = z.infer<typeof ZUpdateProfile>;

export const ZForgotPassword = z.object({ email: ZEmail });

export const ZResetPassword = z.object({ token: z.string().min(1).max(200), password: ZNewPassword });

export const ZChangePassword = z.object({ currentPassword: z.string().min(1, { error: "passwordRequired" }).max(1024), newPassword: ZNewPassword });
export type TChangePassword = z.infer<typeof ZChangePassword>;

/** A TOTP code (6 digits) or a recovery code (16 letters and digits, dashes and spaces ignored). */
export const ZSecondFactorCode = z
  .string()
  .trim()
  .min(1, { error: "codeRequired" })
  .max(40, { error: "codeInvalid" })
  .regex(/^[0-9A-Za-z\s-]+$/, { error: "codeInvalid" });

export const ZConfirmTwoFactor = z.object({ code: z.string().trim().regex(/^\d{6}$/, { error: "totpCodeInvalid" }) });
export const ZDisableTwoFactor = z.object({ password: z.string().min(1, { error: "passwordRequired" }).max(1024), code: ZSecondFactorCode });
export const ZPasswordConfirmation = z.object({ password: z.string().min(1, { error: "passwordRequired" }).max(1024) });
export const ZSecondFactorStep = z.object({ code: ZSecondFactorCode });
export const ZSessionId = z.object({ sessionId: z.uuid({ error: "invalid" }) });
