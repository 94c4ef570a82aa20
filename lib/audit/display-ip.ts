/**
 * An address as the log shows it. A dual-stack server sees IPv4 clients as IPv4-mapped IPv6
 * (::ffff:192.0.2.1, or ::ffff:c000:201 when written in hex); people know them by the IPv4
 * part, so that is what is shown. Anything else is shown exactly as recorded.
 */
const MAPPED_DOTTED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const MAPPED_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

export function displayIp(ip: string | null): string {
  if (!ip) return "";
  const dotted = MAPPED_DOTTED.exec(ip);
  if (dotted) return dotted[1]!.split(".").every((octet) => Number(octet) <= 255) ? dotted[1]! : ip;
  const hex = MAPPED_HEX.exec(ip);
  if (!hex) return ip;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}
