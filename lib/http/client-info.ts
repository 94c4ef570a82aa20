import Bowser from "bowser";

export type ClientInfo = { ip: string | null; userAgent: string; device: string };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For. Next.js fills the
 * header with the socket's address only when it is missing, so the address is read that many
 * entries from the right: entries further left were written by the client and can be forged.
 */
function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

export function clientIp(source: HeaderSource): string | null {
  const forwarded = header(source, "x-forwarded-for");
  if (!forwarded) return null;
  const entries = forwarded.split(",").map((entry) => entry.trim()).filter(Boolean);
  const ip = entries[Math.max(0, entries.length - trustedProxyHops())];
  return ip ? ip.replace(/^::ffff:/, "").slice(0, 64) : null;
}

/** "Chrome 142 on Linux": what a person recognises in a list of their sessions. */
export function deviceLabel(userAgent: string): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]].filter(Boolean).join(" ");
  const os = parsed.os.name ?? "";
  if (browser && os) return `${browser} on ${os}`;
  return browser || os || "Unknown device";
}

export function clientInfo(source: HeaderSource): ClientInfo {
  const userAgent = (header(source, "user-agent") ?? "").slice(0, 500);
  return { ip: clientIp(source), userAgent, device: deviceLabel(userAgent) };
}
