import { translatorFor } from "@/lib/i18n/messages";
import { localeFromAcceptLanguage } from "@/lib/i18n/negotiate";

/** The 503 answer while the database is down: a plain page, no database or React needed. */
export function unavailableResponse(acceptLanguage: string | null): Response {
  const locale = localeFromAcceptLanguage(acceptLanguage);
  const t = translatorFor(locale);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${t("unavailable.title")}</title></head>
<body style="font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;background:#f6f7f9;color:#111">
<main style="max-width:28rem;padding:2rem;text-align:center"><h1>${t("unavailable.title")}</h1><p>${t("unavailable.body")}</p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "10", "cache-control": "no-store" } });
}
