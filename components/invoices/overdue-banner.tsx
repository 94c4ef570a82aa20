import Link from "next/link";

type OverdueBannerProps = { title: string; body: string; payNow: string; href: string };

/**
 * The overview's warning that invoices are past due, with the way to pay them: Pay now leads
 * to the overdue invoices, ticked, under one pay form. Shown only to members who may pay.
 */
export function OverdueBanner({ title, body, payNow, href }: OverdueBannerProps) {
  return (
    <section aria-labelledby="overdue-banner-title" data-testid="overdue-banner" className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <div className="space-y-1">
        <h3 id="overdue-banner-title" className="font-semibold">
          {title}
        </h3>
        <p>{body}</p>
      </div>
      <Link href={href} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
        {payNow}
      </Link>
    </section>
  );
}
