import base from "../it.json";
import billing from "./billing.json";
import domains from "./domains.json";
import invoices from "./invoices.json";
import layout from "./layout.json";
import services from "./services.json";
import support from "./support.json";
import webhooks from "./webhooks.json";
import { mergeCatalog } from "../../merge-catalog";

export default mergeCatalog(base, [services, domains, invoices, billing, support, webhooks, layout]);
