import type { ExpiryState } from "@/lib/domains/expiry";

const TONES: Record<ExpiryState["tone"], string> = {
  expired: "text-red-700 font-medium",
  warning: "text-amber-700 font-medium",
  ok: "text-slate-600",
};

/** "expires in N days", coloured when it is soon or past; the date itself is shown beside it. */
export function ExpiryLabel({ state, date, text }: { state: ExpiryState; date: string; text: string }) {
  return (
    <span data-testid="domain-expiry" data-tone={state.tone}>
      <span className="block">{date}</span>
      <span className={`block text-xs ${TONES[state.tone]}`}>
        {state.tone === "warning" ? "⚠ " : null}
        {text}
      </span>
    </span>
  );
}
