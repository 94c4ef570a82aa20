import type { PartySnapshot } from "@/lib/invoices/parties";

/** A seller or buyer as the invoice keeps it. */
export function PartyBlock({ title, party, countryName, taxIdLabel, testId }: { title: string; party: PartySnapshot; countryName: string; taxIdLabel: string; testId: string }) {
  return (
    <div className="space-y-1 text-sm" data-testid={testId}>
      <h3 className="font-semibold text-slate-500">{title}</h3>
      <p className="font-medium">{party.name}</p>
      {party.addressLines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
      <p>{countryName}</p>
      {party.taxId ? (
        <p>
          {taxIdLabel} {party.taxId}
        </p>
      ) : null}
      {party.email ? <p>{party.email}</p> : null}
    </div>
  );
}
