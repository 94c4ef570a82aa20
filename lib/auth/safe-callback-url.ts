/**
 * The page to return to after sign-in. Only same-site paths are accepted: an absolute URL
 * or a protocol-relative `//host` would make the sign-in page an open redirect for phishing.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
