import "server-only";
import { appUrl } from "@/lib/email/app-url";
import { sendEmail } from "@/lib/email/send-email";
import { translatorFor } from "@/lib/i18n/messages";
import type { ClientInfo } from "@/lib/http/client-info";
import { securityAlertTemplate, type SecurityAlert } from "@/emails/security-alert";

type Recipient = { email: string; name: string; locale: string };

/** Security alerts go to the user whatever their email preferences say. */
export async function sendSecurityAlert(
  user: Recipient,
  alert: SecurityAlert,
  from: Pick<ClientInfo, "ip" | "device">,
  extra: { remaining?: number } = {},
): Promise<void> {
  const email = securityAlertTemplate(translatorFor(user.locale), {
    name: user.name,
    alert,
    device: from.device,
    ip: from.ip,
    at: new Date(),
    remaining: extra.remaining,
    securityUrl: appUrl("/user/security"),
  });
  await sendEmail({ to: user.email, email });
}
