import { createHash, randomBytes } from "node:crypto";
import { BlockList, isIP } from "node:net";

/**
 * A key's token: "ca_<prefix>_<secret>". The prefix (12 hex characters) finds the row and is
 * safe to show in lists and logs; the secret (32 random bytes, base64url) is shown once and
 * kept only as its SHA-256.
 */
const TOKEN = /^ca_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function newKeyToken(): { token: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { token: `ca_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The token of an `Authorization: Bearer …` header, split; null for anything else. */
export function parseBearer(header: string | null): { prefix: string; secretHash: string } | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "");
  const token = match && TOKEN.exec(match[1]!);
  return token ? { prefix: token[1]!, secretHash: hashSecret(token[2]!) } : null;
}

/** A network as written on the command line ("203.0.113.0/24", "2001:db8::/32", or one address); null when it is not one. */
export function parseNetwork(value: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", bits, ...rest] = value.trim().split("/");
  const version = isIP(address);
  if (!version || rest.length) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (bits !== undefined && !/^\d+$/.test(bits))) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** Whether `ip` is inside one of the networks (an empty list allows every address). IPv4-mapped IPv6 counts as IPv4. */
export function networkAllows(networks: readonly string[], ip: string | null): boolean {
  if (networks.length === 0) return true;
  if (!ip) return false;
  const address = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(address) === 4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : null;
  if (!family) return false;
  const list = new BlockList();
  for (const network of networks) {
    const parsed = parseNetwork(network);
    if (parsed) list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return list.check(address, family);
}
