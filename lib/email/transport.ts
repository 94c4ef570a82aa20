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

export function emailFrom(): string {
  return process.env.EMAIL_FROM ?? "Client area <no-reply@localhost>";
}
