import { apiOperation } from "@/lib/api/api-route";
import { listInvoices } from "@/lib/api/operations/invoices";
import { listInvoicesForProvider } from "@/lib/invoices/provider-invoices";

export const GET = apiOperation(listInvoices, async ({ query }) => listInvoicesForProvider(query));
