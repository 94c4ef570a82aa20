import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "disabled" | "denied" | "allowed";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Who may read /api/metrics: nobody when METRICS_TOKEN is unset (the route then answers 404,
 * as if it did not exist), else only a request with `Authorization: Bearer <METRICS_TOKEN>`.
 * Both sides are hashed to the same length and compared in constant time, so the answer's
 * timing tells an attacker nothing about how much of a guess was right.
 */
export function metricsAccess(authorization: string | null, token: string | undefined = process.env.METRICS_TOKEN): MetricsAccess {
  if (!token) return "disabled";
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return "denied";
  return timingSafeEqual(digest(match[1]!), digest(token)) ? "allowed" : "denied";
}
