import type { ServiceStatus } from "@/lib/generated/prisma/enums";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

const TONES: Record<ServiceStatus, StatusTone> = { ACTIVE: "good", PENDING: "waiting", SUSPENDED: "bad", CANCELLED: "ended" };

/** A service's status as a coloured label. */
export function ServiceStatusBadge({ status, label }: { status: ServiceStatus; label: string }) {
  return <StatusBadge tone={TONES[status]} status={status} label={label} testId="service-status" />;
}
