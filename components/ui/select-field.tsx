import type { SelectHTMLAttributes } from "react";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  /** `lang` when an option is written in another language than the page (a language's own name). */
  options: { value: string; label: string; lang?: string }[];
  /** A first, empty choice ("Choose a country"). */
  placeholder?: string;
  errors?: string[];
  /** A line under the field saying what the choice does; it stays beside any error. */
  hint?: string;
};

/** A labelled select with its errors right under it, tied together for screen readers. */
export function SelectField({ label, name, options, placeholder, errors, hint, id, ...select }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const describedBy = [hint ? `${selectId}-hint` : null, errors?.length ? `${selectId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        // React resets a form after its action, and a select does not take a changed
        // defaultValue back: remounting it keeps the choice sent with the form.
        key={String(select.defaultValue ?? "")}
        id={selectId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-600"
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${selectId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${selectId}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
