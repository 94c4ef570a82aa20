import { getTranslations } from "next-intl/server";

/** The header of a table's column of row buttons: named for screen readers, blank to the eye (axe: empty-table-header). */
export async function ActionsHeader() {
  const t = await getTranslations("layout");
  return (
    <th className="py-2">
      <span className="sr-only">{t("actionsColumn")}</span>
    </th>
  );
}
