import { getTranslations } from "next-intl/server";
import { UserError } from "@/lib/errors/user-error";
import { admitToAccountRoute, routeNotFound } from "@/lib/http/account-route";
import { clientIp } from "@/lib/http/client-info";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { ZServiceId } from "@/lib/services/schemas";
import { openServicePanel } from "@/lib/services/panel-actions";
import { SIGN_ON_APPS, type SignOnSegment } from "@/lib/services/sign-on-apps";

const NO_STORE = { "Cache-Control": "private, no-store" };
const OPENS_PANEL = new Set(["same-origin", "none"]);

/**
 * Single sign-on into a service's control panel or webmail: asks the service's panel driver
 * for a one-time link (valid once, for 60 seconds) and sends the browser there. The link is
 * made when the member follows this URL, so it never sits unused in a page or the history.
 *
 * A member without services.cpanel / services.webmail (a Junior technician), a stranger, an
 * id of another account's service, and webmail for a VPS (which has none) all get the same
 * 404. A service that is not active answers 409 with the reason.
 */
export async function GET(request: Request, { params }: { params: Promise<{ accountId: string; serviceId: string; app: string }> }) {
  const { accountId, serviceId, app } = await params;
  const signOn = Object.hasOwn(SIGN_ON_APPS, app) ? SIGN_ON_APPS[app as SignOnSegment] : null;
  if (!signOn || !ZServiceId.safeParse({ serviceId }).success) return routeNotFound();
  const { access, refusal } = await admitToAccountRoute(accountId, signOn.requirement);
  if (refusal) return refusal;

  // A panel session is opened only for a request the browser says came from our own pages
  // ("same-origin") or from the person themselves (typed, bookmarked: "none"). A crafted link
  // on another site ("cross-site", "same-site") or a request without the header (an old
  // browser, a link-preview bot, a script) opens nothing: they land on the service page and
  // choose there. Every browser in support sends Sec-Fetch-Site (Chrome 76, Firefox 90, Safari 16.4).
  if (!OPENS_PANEL.has(request.headers.get("sec-fetch-site") ?? "")) {
    return new Response(null, { status: 303, headers: { Location: `/accounts/${accountId}/services/${serviceId}`, ...NO_STORE } });
  }

  try {
    const actor = { accountId: access.account.id, userId: access.user.id, client: { ip: clientIp(request.headers) } };
    const { url } = await openServicePanel(actor, serviceId, signOn.app);
    return new Response(null, { status: 303, headers: { Location: url, ...NO_STORE } });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    if (error.code === "notFound" || error.code === "webmailNotForVps") return routeNotFound();
    const t = await getTranslations({ locale: isLocale(access.user.locale) ? access.user.locale : defaultLocale });
    const key = `errors.${error.code}`;
    return new Response(t.has(key) ? t(key, error.values) : t("errors.generic"), { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
  }
}
