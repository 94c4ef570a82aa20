import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

/** "Answered" (the member's turn) stands out from waiting on the provider; closed is greyed out. */
const TONES: Record<TicketStatus, StatusTone> = { OPEN: "waiting", ANSWERED: "good", CUSTOMER_REPLY: "waiting", CLOSED: "ended" };

/** A ticket's status as a coloured label. */
export function TicketStatusBadge({ status, label }: { status: TicketStatus; label: string }) {
  return <StatusBadge tone={TONES[status]} status={status} label={label} testId="ticket-status" />;
}
