import base from "../de.json";
import billing from "./billing.json";
import brand from "./brand.json";
import domains from "./domains.json";
import invoices from "./invoices.json";
import layout from "./layout.json";
import upgrades from "./upgrades.json";
import services from "./services.json";
import support from "./support.json";
import webhooks from "./webhooks.json";
import forms from "./forms.json";
import money from "./money.json";
import payments from "./payments.json";
import recurringBilling from "./recurring-billing.json";
import orders from "./orders.json";
import domainRenewals from "./domain-renewals.json";
import { mergeCatalog } from "../../merge-catalog";

export default mergeCatalog(base, [services, domains, invoices, billing, support, webhooks, forms, money, brand, layout, payments, upgrades, domainRenewals, orders, recurringBilling]);
