import { resetSmtpTransport } from "@/lib/email/transport";

const originalSmtpUrl = process.env.SMTP_URL;

/** Points the app's mailer at this SMTP URL (undefined: none, the development mailbox) and drops its cached transport. */
export function pointMailerAt(url: string | undefined): void {
  if (url === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = url;
  resetSmtpTransport();
}

/** Back to the SMTP URL the test run started with. */
export function restoreSmtp(): void {
  pointMailerAt(originalSmtpUrl);
}
