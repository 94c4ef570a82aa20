import { z } from "zod";

/**
 * Pieces every operation's schemas share, so one rule reads the same in every endpoint and
 * in the OpenAPI document.
 */

/** A resource's id in a path or a body: the app's ids are UUIDs. */
export const ZId = z.uuid({ error: "Not an id of this API." });

/** `limit` of a list: 1 to 100, 50 by default. */
export const ZLimit = z.coerce
  .number({ error: "limit is a number." })
  .int({ error: "limit is a whole number." })
  .min(1, { error: "limit is at least 1." })
  .max(100, { error: "limit is at most 100." })
  .default(50);

/** A page of a list: its items and the cursor of the next page (null on the last one). */
export function ZPage<Item extends z.ZodType>(item: Item) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }) });
}

/** A moment, as ISO 8601 in UTC. */
export const ZTimestamp = z.iso.datetime();

/**
 * The API's opaque cursor: the last id of a page, base64url (ids are UUIDv7, so they sort by
 * creation). Lists are newest first: the next page is `id < cursor`.
 */
export const encodeIdCursor = (id: string) => Buffer.from(id).toString("base64url");
export const ZIdCursor = z
  .string()
  .transform((value) => Buffer.from(value, "base64url").toString())
  .pipe(z.uuid({ error: "Not a cursor this API gave." }))
  .meta({ description: "The `nextCursor` of the previous page." });

/** Fetch `limit + 1` rows newest first with `id < cursor`, then cut: the page and its next cursor. */
export function idPage<Row extends { id: string }, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item) {
  const page = rows.slice(0, limit);
  return { data: page.map(toItem), nextCursor: rows.length > limit ? encodeIdCursor(page.at(-1)!.id) : null };
}
