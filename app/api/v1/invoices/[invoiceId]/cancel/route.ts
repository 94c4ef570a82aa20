import { apiOperation } from "@/lib/api/api-route";
import { cancelInvoice } from "@/lib/api/operations/invoices";
import { cancelInvoice as cancelUnpaidInvoice } from "@/lib/invoices/cancel-invoice";
import { invoiceForProvider } from "@/lib/invoices/provider-invoices";

export const POST = apiOperation(cancelInvoice, async ({ params }) => {
  await cancelUnpaidInvoice(params.invoiceId);
  return (await invoiceForProvider(params.invoiceId))!;
});
