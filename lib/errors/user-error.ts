/**
 * An expected failure whose message a person should read (wrong password, expired link).
 * `code` is a key under `errors` in the message files; the action wrapper translates it.
 * Anything that is not a UserError is logged with its stack and shown as a generic message.
 * `field` names the form field it is about (a typed confirmation that does not match), so
 * the form shows it there and its error summary links to it.
 */
export class UserError extends Error {
  readonly code: string;
  readonly values?: Record<string, string | number>;
  readonly field?: string;

  constructor(code: string, values?: Record<string, string | number>, options: { field?: string } = {}) {
    super(code);
    this.name = "UserError";
    this.code = code;
    this.values = values;
    this.field = options.field;
  }
}
