import type { InvoiceDisplayStatus } from "@/lib/invoices/invoice-status";

const TONES: Record<InvoiceDisplayStatus, string> = {
  UNPAID: "bg-amber-50 text-amber-800 ring-amber-200",
  OVERDUE: "bg-red-50 text-red-800 ring-red-200",
  PAID: "bg-green-50 text-green-800 ring-green-200",
  CANCELLED: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** An invoice's status as a coloured label; overdue stands out from merely unpaid. */
export function InvoiceStatusBadge({ status, label }: { status: InvoiceDisplayStatus; label: string }) {
  return (
    <span data-testid="invoice-status" data-status={status} className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES[status]}`}>
      {label}
    </span>
  );
}
