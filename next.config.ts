import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The pg driver and bcrypt stay plain Node modules on the server; prom-client and pino too, so
  // scripts/serve.ts and the bundled routes load the same copy (lib/observability/metrics.ts).
  serverExternalPackages: ["pg", "@node-rs/bcrypt", "nodemailer", "prom-client", "pino"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default withNextIntl(nextConfig);
