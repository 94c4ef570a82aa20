import { z } from "zod";

/**
 * A keyset cursor: the sort key and the id of the last row a page showed, as opaque base64url
 * text for a URL. The next page is "the rows after (key, id)" in the list's order, so rows added
 * or removed meanwhile never shift it the way an OFFSET would, and it costs one index seek at
 * any depth. The cursor is not a secret and needs no signature: the list's query always keeps its
 * account condition, so a forged or foreign cursor only says where to start inside the reader's
 * own rows. What it cannot do is reach the database as garbage: it is parsed with zod, and
 * anything that does not parse (tampered, truncated, from another list) gives the first page.
 */
export type CursorKeyKind = "string" | "date" | "int" | "stringPair";
/** `stringPair`: an order on two text columns before the id (a contact's last name, then first name). */
export type CursorKey<K extends CursorKeyKind> = K extends "date" ? Date : K extends "int" ? number : K extends "stringPair" ? [string, string] : string;
export type Cursor<K extends CursorKeyKind> = { key: CursorKey<K>; id: string };

/** Cursors travel in URLs: longer input is not one of ours, and is not even decoded. */
const MAX_CURSOR_LENGTH = 1_000;
const MAX_STRING_KEY_LENGTH = 300;

const KEY_SCHEMAS = {
  string: z.string().max(MAX_STRING_KEY_LENGTH),
  date: z.iso.datetime().transform((value) => new Date(value)),
  int: z.number().int(),
  stringPair: z.tuple([z.string().max(MAX_STRING_KEY_LENGTH), z.string().max(MAX_STRING_KEY_LENGTH)]),
} as const;

const ZCursorPayload = z.tuple([z.unknown(), z.uuid()]);

function keyToJson(key: Date | number | string | [string, string]): string | number | [string, string] {
  return key instanceof Date ? key.toISOString() : key;
}

export function encodeCursor<K extends CursorKeyKind>(cursor: Cursor<K>): string {
  return Buffer.from(JSON.stringify([keyToJson(cursor.key), cursor.id]), "utf8").toString("base64url");
}

/** The cursor in `value` when it is a well-formed one with a key of `kind`; null otherwise (first page). */
export function decodeCursor<K extends CursorKeyKind>(value: string | string[] | undefined | null, kind: K): Cursor<K> | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_CURSOR_LENGTH) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const payload = ZCursorPayload.safeParse(json);
  if (!payload.success) return null;
  const key = KEY_SCHEMAS[kind].safeParse(payload.data[0]);
  if (!key.success) return null;
  if (key.data instanceof Date && Number.isNaN(key.data.getTime())) return null;
  return { key: key.data as CursorKey<K>, id: payload.data[1].toLowerCase() };
}
