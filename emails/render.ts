import { translatorFor } from "@/lib/i18n/messages";
import { brand } from "@/lib/brand/brand";
import { appUrl } from "@/lib/email/app-url";
import { brandFrameHtml, brandFrameText } from "./brand-frame";
import { escapeHtml } from "./escape-html";

/** A file sent with an email (an invoice's PDF), kept in the outbox beside it. */
export type EmailAttachment = { filename: string; contentType: string; content: Uint8Array };

/**
 * One email as delivered (`html`, `text`, `attachments`) and `redactedText`: the plain text
 * with every secret link replaced by a placeholder. The delivered parts go only to the
 * recipient; the redacted text is the only body anyone else (the account's email history)
 * may be shown.
 */
export type RenderedEmail = { template: string; subject: string; html: string; text: string; redactedText: string; attachments?: EmailAttachment[] };

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

/** A labelled figure (an invoice's subtotal, tax and total), laid out as a table row. */
export type EmailFact = { label: string; value: string; strong?: boolean };

type EmailContent = {
  /** The recipient's translator: its language is the email's `lang`, and the frame's words. */
  t: EmailTranslator;
  template: string;
  subject: string;
  /** Paragraphs of plain text, escaped for HTML here. */
  paragraphs: string[];
  facts?: EmailFact[];
  action?: EmailLink;
  footer: string;
  /**
   * Only where the recipient can opt out (members' and contacts' account emails): never on
   * security emails or to an owner, who receives every account email.
   */
  unsubscribe?: EmailLink;
  attachments?: EmailAttachment[];
};

const DEFAULT_BUTTON = { background: "#1d4ed8", text: "#ffffff" };

/**
 * Lays out one email as HTML and plain text from the same content, so the two never differ.
 * The HTML fits a phone: one column at most 560 px wide, the action a button the width of
 * a thumb, and the link written under it allowed to break anywhere so it never widens the
 * screen. The provider's brand frames it (emails/brand-frame.ts).
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const current = brand();
  const name = current.name ?? content.t("app.name");
  const button = current.primaryColor ? { background: current.primaryColor, text: current.onPrimaryColor ?? "#ffffff" } : DEFAULT_BUTTON;
  const paragraphsHtml = content.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("\n");
  const factsHtml = content.facts?.length
    ? `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px">${content.facts
        .map((fact) => {
          const weight = fact.strong ? "font-weight:700;border-top:1px solid #ddd" : "";
          return `<tr><td style="padding:6px 0;${weight}">${escapeHtml(fact.label)}</td><td style="padding:6px 0;text-align:right;white-space:nowrap;${weight}">${escapeHtml(fact.value)}</td></tr>`;
        })
        .join("")}</table>`
    : "";
  const actionHtml = content.action
    ? `<p style="margin:24px 0 8px"><a href="${escapeHtml(content.action.url)}" style="background:${button.background};color:${button.text};padding:14px 24px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555;word-break:break-all;overflow-wrap:anywhere">${escapeHtml(content.action.url)}</p>`
    : "";
  const unsubscribeHtml = content.unsubscribe
    ? `<p style="margin:8px 0 0;font-size:12px"><a href="${escapeHtml(content.unsubscribe.url)}" style="color:#555">${escapeHtml(content.unsubscribe.label)}</a></p>`
    : "";
  const logoUrl = current.logo ? (current.logo.external ? current.logo.src : appUrl(current.logo.src)) : null;
  const lang = escapeHtml(content.t.locale);
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:16px 8px;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5;color:#111;background:#f6f7f9">
<div lang="${lang}" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;border-top:4px solid ${button.background};overflow-wrap:anywhere">
${brandFrameHtml.header({ name, logoUrl })}
${paragraphsHtml}
${factsHtml}
${actionHtml}
<p style="margin:32px 0 0;font-size:12px;color:#555">${escapeHtml(content.footer)}</p>
${unsubscribeHtml}
${brandFrameHtml.legal(content.t, current.legal)}
</div></body></html>`;

  return {
    template: content.template,
    subject: content.subject,
    html,
    text: plainText(content, (link) => link.url),
    redactedText: plainText(content, (link) => link.redactedAs ?? link.url),
    ...(content.attachments?.length ? { attachments: content.attachments } : {}),
  };
}

/** The plain-text body; `href` decides what each link shows, so both copies come from one layout. */
function plainText(content: EmailContent, href: (link: EmailLink) => string): string {
  const textParts = [...content.paragraphs];
  if (content.facts?.length) textParts.push(content.facts.map((fact) => `${fact.label}: ${fact.value}`).join("\n"));
  if (content.action) textParts.push(`${content.action.label}: ${href(content.action)}`);
  textParts.push("--", content.footer);
  if (content.unsubscribe) textParts.push(`${content.unsubscribe.label}: ${href(content.unsubscribe)}`);
  const legal = brandFrameText(content.t, brand().legal);
  if (legal) textParts.push(legal);
  return textParts.join("\n\n") + "\n";
}
