import { UserError } from "@/lib/errors/user-error";

/** The UserError code a promise fails with, or a description of what happened instead. */
export async function failureCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return "did not fail";
  return error instanceof UserError ? error.code : `not a UserError: ${String(error)}`;
}

/** The UserError a promise fails with (code and values), for failures that name what stopped them. */
export async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(error === null ? "did not fail" : `not a UserError: ${String(error)}`);
  return error;
}
