import nodemailer, { type Transporter } from "nodemailer";

let transporter: Transporter | null | undefined;

/** The SMTP transport from SMTP_URL, or null when email is only stored (local runs, tests). */
export function smtpTransport(): Transporter | null {
  if (transporter === undefined) {
    const url = process.env.SMTP_URL;
    transporter = url ? nodemailer.createTransport(url) : null;
  }
  return transporter;
}

/** Forgets the cached transport, so the next use reads SMTP_URL again (tests switch servers). */
export function resetSmtpTransport(): void {
  transporter?.close();
  transporter = undefined;
}

export function emailFrom(): string {
  return process.env.EMAIL_FROM ?? "Client area <no-reply@localhost>";
}
