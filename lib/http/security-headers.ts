/**
 * Security headers. The CSP is built per request in proxy.ts with a fresh nonce: Next.js
 * reads the nonce from the request's CSP header and puts it on its own scripts, and
 * 'strict-dynamic' lets those load the rest. No 'unsafe-eval' outside development, where
 * React needs it for its debugging tools. Styles allow inline: Next.js and React set style
 * attributes, and a style cannot run code. `imageOrigins`: the one host of the provider's
 * logo when it is an https URL (BRAND_LOGO): that exact origin, never `https:` at large, so
 * the policy still keeps images, and what they could reveal, to known hosts.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; imageOrigins?: string[] }): string {
  const scriptSources = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(options.development ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scriptSources.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    [`img-src 'self' data: blob:`, ...(options.imageOrigins ?? [])].join(" "),
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

/** Headers every response carries (next.config.ts), pages and files alike. */
export function staticSecurityHeaders(options: { production: boolean }): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers without CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
  // Browsers ignore HSTS over plain http, so it is safe to send from production behind TLS.
  if (options.production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
