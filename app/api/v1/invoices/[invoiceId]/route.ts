import { apiOperation } from "@/lib/api/api-route";
import { getInvoice } from "@/lib/api/operations/invoices";
import { ApiNotFound } from "@/lib/api/problem";
import { invoiceForProvider } from "@/lib/invoices/provider-invoices";

export const GET = apiOperation(getInvoice, async ({ params }) => {
  const invoice = await invoiceForProvider(params.invoiceId);
  if (!invoice) throw new ApiNotFound();
  return invoice;
});
