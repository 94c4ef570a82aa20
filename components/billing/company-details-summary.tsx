import Link from "next/link";

type CompanyDetails = { legalName: string; taxId: string | null; addressLine1: string; addressLine2: string | null; postcode: string; city: string; region: string | null; countryName: string };

type CompanyDetailsSummaryProps = {
  details: CompanyDetails;
  labels: { title: string; where: string; taxId: string; edit: string; askSomeone: string };
  /** The settings page, for members who may edit the account; null for the others. */
  editHref: string | null;
};

/**
 * The company details new invoices are made out to, read-only: they are edited in one place,
 * the account settings, so the billing page shows them and links there.
 */
export function CompanyDetailsSummary({ details, labels, editHref }: CompanyDetailsSummaryProps) {
  const lines = [details.addressLine1, details.addressLine2, `${details.postcode} ${details.city}`, details.region, details.countryName].filter(Boolean);
  return (
    <section aria-labelledby="company-details-title" className="mb-6 space-y-2 text-sm" data-testid="company-details">
      <h3 id="company-details-title" className="font-semibold">
        {labels.title}
      </h3>
      <p className="text-slate-600">{labels.where}</p>
      <address className="not-italic">
        <span className="block font-medium">{details.legalName}</span>
        {details.taxId ? (
          <span className="block">
            {labels.taxId}: {details.taxId}
          </span>
        ) : null}
        {lines.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </address>
      {editHref ? (
        <Link href={editHref} className="inline-block text-blue-700 underline">
          {labels.edit}
        </Link>
      ) : (
        <p className="text-slate-600">{labels.askSomeone}</p>
      )}
    </section>
  );
}
