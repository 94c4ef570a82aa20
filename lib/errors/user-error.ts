/**
 * An expected failure whose message a person should read (wrong password, expired link).
 * `code` is a key under `errors` in the message files; the action wrapper translates it.
 * Anything that is not a UserError is logged with its stack and shown as a generic message.
 */
export class UserError extends Error {
  readonly code: string;
  readonly values?: Record<string, string | number>;

  constructor(code: string, values?: Record<string, string | number>) {
    super(code);
    this.name = "UserError";
    this.code = code;
    this.values = values;
  }
}
