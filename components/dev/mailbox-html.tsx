/**
 * An email's HTML as its recipient's mail client would show it, in the development mailbox.
 * The HTML holds what people typed (names, ticket text) and must never run in the app's
 * origin: `sandbox=""` gives the frame an opaque origin with no scripts, forms, popups or
 * top navigation, and `srcDoc` means nothing is fetched to show it.
 */
export function MailboxHtml({ html, label, title }: { html: string; label: string; title: string }) {
  return (
    <details className="mt-3" data-testid="mailbox-html">
      <summary className="cursor-pointer text-sm font-semibold">{label}</summary>
      <iframe sandbox="" srcDoc={html} title={title} className="mt-2 h-[32rem] w-full rounded border border-slate-200 bg-white" />
    </details>
  );
}
