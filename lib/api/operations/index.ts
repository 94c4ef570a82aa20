import type { ApiOperation } from "../operation";
import * as accounts from "./accounts";
import * as invoices from "./invoices";
import * as tickets from "./tickets";
import * as services from "./services";
import * as domains from "./domains";
import * as webhooks from "./webhooks";
import * as catalog from "./catalog";

/**
 * Every operation of the provider's API, in the order the OpenAPI document lists them. A new
 * endpoint is defined in its resource's file here and bound in its app/api/v1 route; a test
 * (tests/unit/api-operations.test.ts) checks each listed operation has its route.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  accounts.listAccounts,
  accounts.getAccount,
  accounts.createAccount,
  accounts.updateAccount,
  accounts.suspendAccount,
  accounts.reactivateAccount,
  accounts.closeAccount,
  accounts.setSeatLimit,
  invoices.issueInvoice,
  invoices.listInvoices,
  invoices.getInvoice,
  invoices.getInvoicePdf,
  invoices.cancelInvoice,
  invoices.recordInvoicePayment,
  tickets.listTickets,
  tickets.getTicket,
  tickets.replyToTicket,
  tickets.updateTicket,
  services.createService,
  services.listServices,
  services.getService,
  services.updateService,
  services.suspendService,
  services.unsuspendService,
  services.terminateService,
  services.listServiceRequests,
  services.acceptServiceRequest,
  services.refuseServiceRequest,
  domains.createDomain,
  domains.listDomains,
  domains.getDomain,
  domains.updateDomain,
  webhooks.createWebhook,
  webhooks.listWebhooks,
  webhooks.getWebhook,
  webhooks.updateWebhook,
  webhooks.deleteWebhook,
  webhooks.listWebhookDeliveries,
  catalog.listProducts,
  catalog.getProduct,
  catalog.createProduct,
  catalog.updateProduct,
  catalog.replaceProductPrices,
  catalog.listDomainExtensions,
  catalog.getDomainExtension,
  catalog.createDomainExtension,
  catalog.updateDomainExtension,
];
