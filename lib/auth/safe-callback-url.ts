/**
 * The sections of the app a return address may lead to after sign-in. Anything else (an API
 * route, a file, a path we do not serve) falls back to the landing page.
 */
const RETURN_PATHS = [/^\/$/, /^\/user(\/|$)/, /^\/accounts\/[^/]/, /^\/invite\/[^/]/, /^\/sign-in(\/|$)/];

/** Any origin works as the base: only "is it still this origin?" matters. */
const SELF = "http://client-area.invalid";

/**
 * The page to return to after sign-in, as a path of this app, or the fallback.
 *
 * The value is resolved with the URL parser, the way a browser will resolve it, and kept only
 * when it stays on the app's own origin: string checks miss what a browser does with a path
 * like "/\t/evil.example" (tabs and line breaks are dropped, leaving "//evil.example", another
 * host). The answer is rebuilt from the parsed URL, so it holds no raw control characters that
 * could break a Location header. `origin` is the app's own when the value may be absolute
 * (next-auth passes full URLs); a value naming any other origin is refused.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/", origin = SELF): string {
  if (!value) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  if (!RETURN_PATHS.some((path) => path.test(url.pathname))) return fallback;
  return url.pathname + url.search + url.hash;
}
