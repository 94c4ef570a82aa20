import { isIP } from "node:net";
import Bowser from "bowser";

export type ClientInfo = { ip: string | null; userAgent: string; device: string };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For. The default, 0,
 * trusts no forwarded header at all: reached directly, the client writes that header itself,
 * and trusting it would let anyone forge the address in the logs and dodge per-IP limits.
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

function normalizeIp(value: string | undefined): string | null {
  const ip = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return ip && isIP(ip) ? ip : null;
}

/**
 * Who is on the other end: the socket's own address when no proxy is trusted; behind
 * `hops` proxies, the entry the outermost trusted proxy appended to X-Forwarded-For (each
 * proxy appends the address it was reached from, so entries further left were written by the
 * client and can be forged). Anything that is not an IP address counts as unknown.
 */
export function resolveClientIp(request: { socketAddress: string | undefined; forwardedFor: string | undefined; hops: number }): string | null {
  if (request.hops === 0) return normalizeIp(request.socketAddress);
  const entries = (request.forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return normalizeIp(request.socketAddress);
  // Fewer entries than proxies: the leftmost is the best there is.
  return normalizeIp(entries[Math.max(0, entries.length - request.hops)]);
}

/**
 * The header the app's server (scripts/lib/app-server.ts) writes the resolved address into, under a
 * name chosen at random when it starts: a client cannot send it, and an app served some other
 * way (a plain `next start`) has no name set and records no address rather than a forged one.
 */
export const CLIENT_IP_HEADER_ENV = "CLIENT_IP_HEADER";

export function clientIp(source: HeaderSource): string | null {
  const name = process.env[CLIENT_IP_HEADER_ENV];
  return name ? normalizeIp(header(source, name)) : null;
}

/**
 * "Chrome 142 · Linux": what a person recognises in a list of their sessions. Stored with the
 * session, so it holds no words of any language; empty when nothing is recognised, and the
 * page or email says "unknown device" in the reader's language.
 */
export function deviceLabel(userAgent: string): string {
  if (!userAgent) return "";
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]].filter(Boolean).join(" ");
  return [browser, parsed.os.name ?? ""].filter(Boolean).join(" · ");
}

export function clientInfo(source: HeaderSource): ClientInfo {
  const userAgent = (header(source, "user-agent") ?? "").slice(0, 500);
  return { ip: clientIp(source), userAgent, device: deviceLabel(userAgent) };
}
