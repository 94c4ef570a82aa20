/** The first Tab stop of a page: straight to its main content, past the header and navigation (WCAG 2.4.1). */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-white px-4 py-2 font-medium text-blue-800 underline focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:shadow"
    >
      {label}
    </a>
  );
}
