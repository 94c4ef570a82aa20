import { apiOperation } from "@/lib/api/api-route";
import { recordInvoicePayment } from "@/lib/api/operations/invoices";
import { invoiceForProvider } from "@/lib/invoices/provider-invoices";
import { recordBankTransfer } from "@/lib/invoices/record-bank-transfer";

export const POST = apiOperation(recordInvoicePayment, async ({ params, body }) => {
  const { method: _bankTransfer, ...payment } = body;
  void _bankTransfer;
  await recordBankTransfer({ ...payment, invoiceId: params.invoiceId });
  return (await invoiceForProvider(params.invoiceId))!;
});
