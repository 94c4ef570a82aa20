"use client";

import { useTranslations } from "next-intl";

/** One checkbox per grantable key, all named `permissions` (the action joins them). */
export function PermissionCheckboxes({ keys, checked, legend }: { keys: readonly string[]; checked: readonly string[]; legend: string }) {
  const t = useTranslations("permissions");
  return (
    <fieldset className="grid grid-cols-1 gap-1 sm:grid-cols-2">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {keys.map((key) => (
        <label key={key} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="permissions" value={key} defaultChecked={checked.includes(key)} />
          {t(key)}
        </label>
      ))}
    </fieldset>
  );
}
