import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The pg driver and bcrypt stay plain Node modules on the server.
  serverExternalPackages: ["pg", "bcryptjs", "nodemailer"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
