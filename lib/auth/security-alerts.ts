import "server-only";
import { appUrl } from "@/lib/email/app-url";
import { sendEmail } from "@/lib/email/send-email";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translatorFor } from "@/lib/i18n/messages";
import { formatMoment } from "@/lib/i18n/time-zones";
import type { ClientInfo } from "@/lib/http/client-info";
import { securityAlertTemplate, type SecurityAlert } from "@/emails/security-alert";

type Recipient = { email: string; name: string; locale: string; timeZone: string };

/**
 * Security alerts go to the user whatever their email preferences say. Given `tx`, the
 * alert is written in the transaction of the change it reports (the caller delivers after commit).
 */
export async function sendSecurityAlert(
  user: Recipient,
  alert: SecurityAlert,
  from: Pick<ClientInfo, "ip" | "device">,
  extra: { remaining?: number; tx?: Prisma.TransactionClient } = {},
): Promise<void> {
  const email = securityAlertTemplate(translatorFor(user.locale), {
    name: user.name,
    alert,
    device: from.device,
    ip: from.ip,
    // When it happened, as the person reads a clock where they are.
    time: formatMoment(new Date(), user),
    remaining: extra.remaining,
    securityUrl: appUrl("/user/security"),
  });
  await sendEmail({ to: user.email, email }, extra.tx);
}
