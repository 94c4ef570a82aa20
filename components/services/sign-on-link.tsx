import { buttonClasses } from "@/components/ui/button";
import { signOnPath, type SignOnSegment } from "@/lib/services/sign-on-apps";

/**
 * Opens the control panel or webmail. A plain link, not a Next.js Link: it must not be
 * prefetched, since following it makes a one-time sign-on link (the route redirects there).
 */
export function SignOnLink({ accountId, serviceId, segment, label }: { accountId: string; serviceId: string; segment: SignOnSegment; label: string }) {
  return (
    <a href={signOnPath(accountId, serviceId, segment)} className={buttonClasses("primary")} data-testid={`sign-on-${segment}`}>
      {label}
    </a>
  );
}
