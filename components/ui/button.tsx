import type { ComponentProps } from "react";

type ButtonProps = ComponentProps<"button"> & { variant?: keyof typeof VARIANTS };

const VARIANTS = {
  // The provider's colour (app/globals.css); the hover darkens whatever it is.
  primary: "rounded-md bg-brand px-4 py-2 font-medium text-on-brand hover:brightness-90 disabled:opacity-60",
  secondary: "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60",
  link: "min-h-6 font-medium text-blue-700 underline hover:text-blue-900 disabled:opacity-60",
  // For what cannot be undone (closing an account): red, so it does not read as the usual next step.
  danger: "rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60",
};

/** The button look, for links that act as buttons (a navigation the server answers with a redirect). */
export function buttonClasses(variant: keyof typeof VARIANTS = "primary"): string {
  return VARIANTS[variant];
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${VARIANTS[variant]} ${className}`} {...props} />;
}
