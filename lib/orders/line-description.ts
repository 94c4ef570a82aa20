import type { BillingCycle, OrderItemKind } from "../generated/prisma/enums";
import { translatorFor } from "../i18n/messages";

export type DescribedItem = { kind: OrderItemKind; productName: string | null; cycle: BillingCycle | null; domainName: string | null; years: number | null };

/**
 * An order item as its invoice line reads, in the account's document language (the invoice's
 * language): "Web Hosting Pro, billed yearly", "Domain registration: nube.com, 2 years".
 */
export function lineDescription(item: DescribedItem, locale: string): string {
  const t = translatorFor(locale);
  if (item.kind === "SERVICE") return t("orders.line.service", { product: item.productName ?? "", cycle: t(`orders.cycles.${item.cycle ?? "MONTHLY"}`) });
  if (item.kind === "DOMAIN_TRANSFER") return t("orders.line.transfer", { domain: item.domainName ?? "" });
  return t("orders.line.registration", { domain: item.domainName ?? "", years: item.years ?? 1 });
}
