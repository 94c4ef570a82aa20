import { z } from "zod";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A receiver's URL: https, so deliveries and their signatures are not read or replayed on the
 * way; plain http only to this machine (a receiver beside the app, and the tests), or anywhere
 * when WEBHOOK_ALLOW_HTTP=1 (a private network the provider trusts). No credentials in the
 * URL: they would show in every delivery log and list.
 */
export function webhookUrlProblem(value: string, env: Record<string, string | undefined> = process.env): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Not a URL.";
  }
  if (url.username || url.password) return "The URL may not carry a user name or password.";
  if (url.protocol === "https:") return null;
  if (url.protocol !== "http:") return "The URL must be https.";
  if (LOOPBACK_HOSTS.has(url.hostname) || env.WEBHOOK_ALLOW_HTTP === "1") return null;
  return "The URL must be https (plain http is allowed to localhost only, or anywhere with WEBHOOK_ALLOW_HTTP=1).";
}

export const ZWebhookUrl = z
  .string()
  .max(2000, { error: "The URL has at most 2000 characters." })
  .superRefine((value, context) => {
    const problem = webhookUrlProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .meta({ description: "https; plain http only to localhost (or anywhere with the server's WEBHOOK_ALLOW_HTTP=1).", format: "uri" });
