/**
 * The first Tab stop of a page: straight to its main content, past the header and navigation
 * (WCAG 2.4.1). Until focused it waits above the top edge rather than as a 1-pixel sr-only
 * box, which would sit on the provider's name and crowd its target on a phone (WCAG 2.5.8).
 */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="fixed top-2 left-2 z-50 -translate-y-[200%] rounded-md bg-white px-4 py-2 font-medium text-blue-800 underline shadow focus:translate-y-0"
    >
      {label}
    </a>
  );
}
