import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LISTS = {
  services: { segment: "services", label: "backToServices" },
  support: { segment: "support", label: "backToTickets" },
  invoices: { segment: "invoices", label: "backToInvoices" },
  contacts: { segment: "contacts", label: "backToContacts" },
} as const;

/** The way back from a record's page to its list ("All tickets"), above the record's heading. */
export async function BackLink({ accountId, list }: { accountId: string; list: keyof typeof LISTS }) {
  const t = await getTranslations("layout");
  const { segment, label } = LISTS[list];
  return (
    <Link href={`/accounts/${accountId}/${segment}`} className="inline-flex min-h-6 items-center gap-1 text-sm font-medium text-blue-700 underline hover:text-blue-900">
      <span aria-hidden="true">←</span>
      {t(label)}
    </Link>
  );
}
