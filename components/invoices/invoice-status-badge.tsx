import type { InvoiceDisplayStatus } from "@/lib/invoices/invoice-status";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

const TONES: Record<InvoiceDisplayStatus, StatusTone> = { UNPAID: "waiting", OVERDUE: "bad", PAID: "good", CANCELLED: "ended" };

/** An invoice's status as a coloured label; overdue stands out from merely unpaid. */
export function InvoiceStatusBadge({ status, label }: { status: InvoiceDisplayStatus; label: string }) {
  return <StatusBadge tone={TONES[status]} status={status} label={label} testId="invoice-status" />;
}
