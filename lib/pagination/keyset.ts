import { decodeCursor, encodeCursor, type Cursor, type CursorKey, type CursorKeyKind } from "./cursor";

/**
 * A list's order: one stable column plus the id as tie-breaker, e.g. `(createdAt desc, id desc)`
 * or `(productName asc, id asc)`. Each such order has a composite index
 * `(accountId, <field>, id)` (see prisma/schema.prisma), so a page is one index range scan.
 */
export type KeysetOrder<K extends CursorKeyKind, F extends string = string> = {
  field: F;
  /** The second column of a `stringPair` order (its key's second value). */
  then?: F;
  kind: K;
  direction: "asc" | "desc";
};

export type KeysetOrderBy<F extends string> = Partial<Record<F | "id", "asc" | "desc">>[];

export type KeysetPage<T> = { items: T[]; nextCursor: string | null; isFirstPage: boolean };

/**
 * The list's `where` narrowed to "after the cursor" in the order, and the matching `orderBy`.
 *
 * PostgreSQL would take the row comparison `(field, id) > (key, id)` as an index bound, but
 * Prisma cannot express it; its expansion `field > key OR (field = key AND id > id)` is what it
 * can. The redundant `field >= key` around it is a plain bound the planner uses to start the
 * index scan at the cursor, so a deep page costs about what the first does; the equality in
 * the second branch keeps the planner from answering `id > id` from the primary key alone,
 * across every account's rows.
 * `W` is the model's WhereInput, taken from the caller's filter; `F` is checked by the model's
 * orderBy type where the caller passes it on.
 */
export function keysetQuery<W, K extends CursorKeyKind, F extends string>(filter: W, order: KeysetOrder<K, F>, cursor: Cursor<K> | null): { where: W; orderBy: KeysetOrderBy<F> } {
  const fields: string[] = order.then ? [order.field, order.then] : [order.field];
  const orderBy = [...fields.map((field) => ({ [field]: order.direction })), { id: order.direction }] as KeysetOrderBy<F>;
  if (!cursor) return { where: filter, orderBy };
  const [bound, strictly] = order.direction === "asc" ? (["gte", "gt"] as const) : (["lte", "lt"] as const);
  // The cursor's values by column, then the id: (a, b, id) > (x, y, z) is
  // a > x OR (a = x AND b > y) OR (a = x AND b = y AND id > z).
  const values: unknown[] = Array.isArray(cursor.key) ? cursor.key : [cursor.key];
  const columns = [...fields.map((field, i) => [field, values[i]] as const), ["id", cursor.id] as const];
  const branches = columns.map(([column, value], i) => ({ ...Object.fromEntries(columns.slice(0, i)), [column]: { [strictly]: value } }));
  const after = { AND: [{ [order.field]: { [bound]: values[0] } }, { OR: branches }] };
  return { where: { AND: [filter, after] } as W, orderBy };
}

/**
 * One page of a keyset-paginated list. `fetch` runs the list's query with the `where` (the
 * caller's filter, narrowed by the cursor), the order and `take` rows: one more than the page,
 * whose presence alone says there is a next page (no COUNT over the whole list).
 */
export async function fetchKeysetPage<T extends { id: string }, W, K extends CursorKeyKind, F extends string>(options: {
  /** The list's own conditions, the account's id first among them. */
  filter: W;
  order: KeysetOrder<K, F>;
  /** The raw `?cursor=` value; a bad one gives the first page. */
  cursor: string | string[] | undefined | null;
  pageSize: number;
  keyOf: (row: T) => CursorKey<K>;
  fetch: (query: { where: W; orderBy: KeysetOrderBy<F>; take: number }) => Promise<T[]>;
}): Promise<KeysetPage<T>> {
  const cursor = decodeCursor(options.cursor, options.order.kind);
  const { where, orderBy } = keysetQuery(options.filter, options.order, cursor);
  const rows = await options.fetch({ where, orderBy, take: options.pageSize + 1 });
  const items = rows.slice(0, options.pageSize);
  const last = items.at(-1);
  const nextCursor = rows.length > options.pageSize && last ? encodeCursor<K>({ key: options.keyOf(last), id: last.id }) : null;
  return { items, nextCursor, isFirstPage: cursor === null };
}
