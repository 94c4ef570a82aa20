import type { ButtonHTMLAttributes } from "react";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "link" };

const VARIANTS = {
  primary: "rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60",
  secondary: "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60",
  link: "min-h-6 font-medium text-blue-700 underline hover:text-blue-900 disabled:opacity-60",
};

/** The button look, for links that act as buttons (a navigation the server answers with a redirect). */
export function buttonClasses(variant: keyof typeof VARIANTS = "primary"): string {
  return VARIANTS[variant];
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${VARIANTS[variant]} ${className}`} {...props} />;
}
