import base from "../en.json";
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
import tax from "./tax.json";
import { mergeCatalog } from "../../merge-catalog";

/** English, the reference catalog: every other language has exactly its keys. */
const en = mergeCatalog(base, [services, domains, invoices, billing, support, webhooks, forms, money, brand, layout, payments, upgrades, domainRenewals, orders, recurringBilling, tax]) as typeof base &
  typeof services &
  typeof domains &
  typeof invoices &
  typeof billing &
  typeof support &
  typeof webhooks &
  typeof forms &
  typeof money &
  typeof brand &
  typeof layout &
  typeof payments &
  typeof upgrades &
  typeof domainRenewals &
  typeof orders &
  typeof recurringBilling &
  typeof tax;

export default en;
