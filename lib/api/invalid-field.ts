import { z } from "zod";

/**
 * A rule only the database can check (a contact of another account, a driver that is not
 * installed) answered like a schema's own failure: the door turns it into 422 naming the field.
 */
export function invalidField(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: field.split("."), message, input: undefined }]);
}
