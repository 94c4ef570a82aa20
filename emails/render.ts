import { translatorFor } from "@/lib/i18n/messages";

/**
 * One email as delivered (`html`, `text`) and `redactedText`: the plain text with every
 * secret link replaced by a placeholder. The delivered parts go only to the recipient; the
 * redacted text is the only body anyone else (the account's email history) may be shown.
 */
export type RenderedEmail = { template: string; subject: string; html: string; text: string; redactedText: string };

export type EmailTranslator = ReturnType<typeof translatorFor>;

/**
 * A link in an email. `redactedAs` marks a secret link, one that grants something to
 * whoever holds it (joining an account, confirming an address, setting a password,
 * changing a contact's preferences): copies kept for anyone but the recipient show that
 * text instead of the address. Make it with `secretLink`.
 */
export type EmailLink = { label: string; url: string; redactedAs?: string };

/** A link only its recipient may see; the copy shown to others says so in the recipient's language. */
export function secretLink(t: EmailTranslator, link: { label: string; url: string }): EmailLink {
  return { ...link, redactedAs: t("emails.common.secretLinkRedacted") };
}

type EmailContent = {
  template: string;
  subject: string;
  /** Paragraphs of plain text, escaped for HTML here. */
  paragraphs: string[];
  action?: EmailLink;
  footer: string;
  /** Account emails: a link that opens the right preferences page for this category. */
  unsubscribe?: EmailLink;
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

/** Lays out one email as HTML and plain text from the same content, so the two never differ. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const paragraphsHtml = content.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("\n");
  const actionHtml = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(content.action.url)}</p>`
    : "";
  const html = `<!doctype html>
<html><body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#111;background:#f6f7f9;padding:24px">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:32px">
${paragraphsHtml}
${actionHtml}
<p style="margin:32px 0 0;font-size:12px;color:#777">${escapeHtml(content.footer)}</p>
${content.unsubscribe ? `<p style="margin:8px 0 0;font-size:12px"><a href="${escapeHtml(content.unsubscribe.url)}" style="color:#777">${escapeHtml(content.unsubscribe.label)}</a></p>` : ""}
</div></body></html>`;

  return {
    template: content.template,
    subject: content.subject,
    html,
    text: plainText(content, (link) => link.url),
    redactedText: plainText(content, (link) => link.redactedAs ?? link.url),
  };
}

/** The plain-text body; `href` decides what each link shows, so both copies come from one layout. */
function plainText(content: EmailContent, href: (link: EmailLink) => string): string {
  const textParts = [...content.paragraphs];
  if (content.action) textParts.push(`${content.action.label}: ${href(content.action)}`);
  textParts.push("--", content.footer);
  if (content.unsubscribe) textParts.push(`${content.unsubscribe.label}: ${href(content.unsubscribe)}`);
  return textParts.join("\n\n") + "\n";
}
