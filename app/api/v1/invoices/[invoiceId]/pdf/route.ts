import { apiOperation } from "@/lib/api/api-route";
import { getInvoicePdf } from "@/lib/api/operations/invoices";
import { ApiNotFound } from "@/lib/api/problem";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { invoicePdfResponse } from "@/lib/invoices/invoice-pdf-response";
import { invoiceAccount } from "@/lib/invoices/provider-invoices";

export const GET = apiOperation(getInvoicePdf, async ({ params }) => {
  const owner = await invoiceAccount(params.invoiceId);
  const invoice = owner && (await invoiceDetails(owner.accountId, params.invoiceId));
  if (!owner || !invoice) throw new ApiNotFound();
  return invoicePdfResponse(invoice, owner.account.documentLocale);
});
