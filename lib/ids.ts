const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from a URL, a cookie or a form is a UUID. PostgreSQL answers anything else
 * in a uuid column with an error, so callers check first and treat the rest as "not found".
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
