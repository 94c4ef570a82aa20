import Link from "next/link";

type WaitingInvoice = { id: string; label: string; href: string | null };

type SuspendedServiceNoticeProps = {
  title: string;
  /** The overdue invoices that bill this service, labelled, linked for members who may open them. */
  invoices: WaitingInvoice[];
  waitsFor: string;
  /** How to fix it, in the member's situation (pay, ask someone who may, or ask support). */
  fix: string;
  reason: string | null;
  support: { label: string; href: string } | null;
};

/** Why a service is suspended and what gets it back, instead of a bare "suspended". */
export function SuspendedServiceNotice({ title, invoices, waitsFor, fix, reason, support }: SuspendedServiceNoticeProps) {
  return (
    <section aria-labelledby="suspended-service-title" data-testid="service-suspended" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 id="suspended-service-title" className="font-semibold">
        {title}
      </h3>
      {invoices.length ? (
        <>
          <p>{waitsFor}</p>
          <ul className="list-disc space-y-1 pl-5">
            {invoices.map((invoice) => (
              <li key={invoice.id} data-testid="suspension-invoice">
                {invoice.href ? (
                  <Link href={invoice.href} className="font-medium text-blue-800 underline">
                    {invoice.label}
                  </Link>
                ) : (
                  invoice.label
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reason ? <p>{reason}</p> : null}
      <p>
        {fix}
        {support ? (
          <>
            {" "}
            <Link href={support.href} className="font-medium text-blue-800 underline">
              {support.label}
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
