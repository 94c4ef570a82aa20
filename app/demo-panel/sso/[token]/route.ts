import { getTranslations } from "next-intl/server";
import { setPanelCookie } from "@/lib/provisioning/demo/panel-cookie";
import { consumeLoginLink } from "@/lib/provisioning/demo/panel-sessions";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A single sign-on link from the client area. It opens a panel session once; a used,
 * expired or unknown link answers 410 Gone with a page that says so. The link carries no
 * client-area identity: holding the unused token is what the panel trusts, for 60 seconds.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = token.length <= 100 ? await consumeLoginLink(token) : null;
  if (session) {
    await setPanelCookie(session);
    return new Response(null, { status: 303, headers: { Location: "/demo-panel", "Cache-Control": "no-store" } });
  }
  const t = await getTranslations("services.demoPanel");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(t("linkGoneTitle"))}</title></head><body><p>${escapeHtml(t("label"))}</p><h1>${escapeHtml(t("linkGoneTitle"))}</h1><p>${escapeHtml(t("linkGone"))}</p><p><a href="/demo-panel/login">${escapeHtml(t("toSignIn"))}</a></p></body></html>`;
  return new Response(html, { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
