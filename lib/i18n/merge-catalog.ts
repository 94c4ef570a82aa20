/**
 * A language's catalog is one base file plus one file per feature (its namespace, plus its
 * `errors` and `activity.kinds` entries), so work on one feature does not touch another's
 * strings; they are merged deeply into one catalog.
 */
export type Json = { [key: string]: string | Json };

export function deepMerge(target: Json, source: Json): Json {
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = merged[key];
    merged[key] = typeof value === "object" && typeof existing === "object" ? deepMerge(existing, value) : value;
  }
  return merged;
}

export function mergeCatalog(base: object, parts: object[]): Json {
  return parts.reduce<Json>((catalog, part) => deepMerge(catalog, part as Json), base as Json);
}
