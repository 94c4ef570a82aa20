import { translatorFor } from "@/lib/i18n/messages";

export type RenderedEmail = { template: string; subject: string; html: string; text: string };

export type EmailTranslator = ReturnType<typeof translatorFor>;

type EmailContent = {
  template: string;
  subject: string;
  /** Paragraphs of plain text, escaped for HTML here. */
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
  /** Account emails: a link that opens the right preferences page for this category. */
  unsubscribe?: { label: string; url: string };
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

  const textParts = [...content.paragraphs];
  if (content.action) textParts.push(`${content.action.label}: ${content.action.url}`);
  textParts.push("--", content.footer);
  if (content.unsubscribe) textParts.push(`${content.unsubscribe.label}: ${content.unsubscribe.url}`);
  return { template: content.template, subject: content.subject, html, text: textParts.join("\n\n") + "\n" };
}
