import { apiOperation } from "@/lib/api/api-route";
import { issueInvoice } from "@/lib/api/operations/invoices";
import { issueInvoice as issueToAccount } from "@/lib/invoices/issue-invoice";
import { checkLineServices } from "@/lib/invoices/line-services";
import { invoiceForProvider } from "@/lib/invoices/provider-invoices";

export const POST = apiOperation(issueInvoice, async ({ params, body }) => {
  await checkLineServices(params.accountId, body.lines);
  const issued = await issueToAccount({ ...body, accountId: params.accountId });
  const invoice = await invoiceForProvider(issued.id);
  return { ...invoice!, autoPay: issued.autoPay };
});
