"use client";

import { useTranslations } from "next-intl";
import { EMAIL_CATEGORIES } from "@/lib/email/categories";

/** The five email categories as checkboxes named `categories` (the action joins them). */
export function CategoryCheckboxes({ checked, legend, idPrefix }: { checked: readonly string[]; legend: string; idPrefix: string }) {
  const t = useTranslations("emailCategories");
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {EMAIL_CATEGORIES.map((category) => (
        <label key={category} htmlFor={`${idPrefix}-${category}`} className="flex items-center gap-2 text-sm">
          <input id={`${idPrefix}-${category}`} type="checkbox" name="categories" value={category} defaultChecked={checked.includes(category)} />
          {t(category)}
        </label>
      ))}
    </fieldset>
  );
}
