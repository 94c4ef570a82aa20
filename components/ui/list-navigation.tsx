import { getTranslations } from "next-intl/server";

/** The list's other query parameters (filters, the other list's cursor), kept by every link and the search. */
export type ListParams = Record<string, string | undefined>;

/** `base?params` with `changes` applied; an undefined value drops the parameter. */
export function listHref(base: string, params: ListParams, changes: ListParams = {}): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => !!entry[1]));
  return search.size ? `${base}?${search}` : base;
}

type SearchProps = {
  base: string;
  /** Parameters the search keeps (a kind or status filter); the cursor is left out, a new search starts at the first page. */
  params: ListParams;
  query: string | undefined;
  /** What the box searches in, as its label ("Search by product or host name"). */
  label: string;
  /** The search text broke the text rules (control characters): said next to the box. */
  invalid?: boolean;
  id: string;
};

/**
 * A list's search box: a GET form, so it works without JavaScript and the search lives in the
 * URL like the filters it keeps as hidden fields.
 */
export async function ListSearch({ base, params, query, label, invalid, id }: SearchProps) {
  const t = await getTranslations("pagination");
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <form method="get" action={base} role="search" className="flex flex-wrap gap-2">
        {Object.entries(params).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query ?? ""}
          aria-label={label}
          placeholder={label}
          maxLength={100}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? errorId : undefined}
          className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium">
          {t("search")}
        </button>
        {query ? (
          <a href={listHref(base, params)} className="self-center text-sm text-blue-700 underline">
            {t("clearSearch")}
          </a>
        ) : null}
      </form>
      {invalid ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {t("invalidSearch")}
        </p>
      ) : null}
    </div>
  );
}

type PagerProps = {
  base: string;
  /** Every parameter of the current page except this list's cursor (search and filters stay). */
  params: ListParams;
  cursorParam?: string;
  nextCursor: string | null;
  isFirstPage: boolean;
  /** Names the navigation for screen readers when a page has two lists. */
  label?: string;
  testId?: string;
};

/**
 * "First page" and "Next page" for a keyset-paginated list, as plain links with query strings.
 * There is no "Previous page": a keyset cursor points forwards only, and the first page is
 * where a person going back usually wants to be.
 */
export async function ListPager({ base, params, cursorParam = "cursor", nextCursor, isFirstPage, label, testId = "list-pager" }: PagerProps) {
  if (isFirstPage && !nextCursor) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={label ?? t("label")} className="flex flex-wrap gap-4 pt-3 text-sm" data-testid={testId}>
      {isFirstPage ? null : (
        <a href={listHref(base, params, { [cursorParam]: undefined })} className="text-blue-700 underline">
          {t("first")}
        </a>
      )}
      {nextCursor ? (
        <a href={listHref(base, params, { [cursorParam]: nextCursor })} rel="next" className="text-blue-700 underline">
          {t("next")}
        </a>
      ) : null}
    </nav>
  );
}
