const TONES = {
  good: "bg-green-50 text-green-800 ring-green-200",
  waiting: "bg-amber-50 text-amber-800 ring-amber-200",
  bad: "bg-red-50 text-red-800 ring-red-200",
  ended: "bg-slate-100 text-slate-600 ring-slate-200",
};

export type StatusTone = keyof typeof TONES;

/** A status as a coloured label; tests find it by its test id and `data-status`. */
export function StatusBadge({ tone, status, label, testId }: { tone: StatusTone; status: string; label: string; testId: string }) {
  return (
    <span data-testid={testId} data-status={status} className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES[tone]}`}>
      {label}
    </span>
  );
}
