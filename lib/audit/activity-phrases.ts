import { isEmailCategory } from "@/lib/email/categories";
import { formatMoney } from "@/lib/invoices/money";
import { BUILT_IN_PROFILE_NAMES, type BuiltInProfile } from "@/lib/permissions/built-in-profiles";
import { text, texts, type Details } from "./activity-details";

/** A catalog lookup from the root of the messages (next-intl's translator, or one made for a test). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Who reads the log: their language, the catalog in it, and the account's named profiles by id. */
export type ActivityReader = { locale: string; t: Translate; profileNames: ReadonlyMap<string, string> };

/** The forms' own labels for the fields a "details changed" event lists, by stored field name. */
const ADDRESS_FIELDS = {
  legalName: "accounts.form.legalName",
  taxId: "accounts.form.taxId",
  addressLine1: "accounts.form.addressLine1",
  addressLine2: "accounts.form.addressLine2",
  city: "accounts.form.city",
  region: "accounts.form.region",
  postcode: "accounts.form.postcode",
  country: "accounts.form.country",
};
export const ACCOUNT_FIELDS: Readonly<Record<string, string>> = { kind: "accounts.form.kind", ...ADDRESS_FIELDS, currency: "accounts.form.currency", documentLocale: "accounts.form.documentLocale" };
// The billing form labels its address list with a whole instruction ("Also send invoices to"), which does not read as a list item.
export const BILLING_FIELDS: Readonly<Record<string, string>> = { ...ADDRESS_FIELDS, invoiceEmails: "activity.fields.invoiceEmails" };
export const CONTACT_FIELDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(["firstName", "lastName", "company", "email", "phone", "addressLine1", "addressLine2", "postcode", "city", "region", "country", "locale"].map((field) => [field, `contacts.fields.${field}`])),
  emailCategories: "contacts.categories",
};

/** The service fields the provider changes (lib/services/provider-services.ts), by the labels the service page shows them with. */
export const SERVICE_FIELDS: Readonly<Record<string, string>> = {
  productName: "services.columns.product",
  domain: "services.columns.domain",
  server: "services.detail.server",
  ipAddress: "services.detail.ipAddress",
  billingCycle: "services.columns.cycle",
  priceMinor: "services.columns.price",
  currency: "services.columns.price",
  nextDueAt: "services.columns.nextDue",
  diskLimitMb: "services.detail.disk",
  bandwidthLimitMb: "services.detail.bandwidth",
  mailboxesLimit: "services.detail.mailboxes",
  cpuCores: "services.detail.cpu",
  memoryMb: "services.detail.memory",
};

function isBuiltInProfile(value: unknown): value is BuiltInProfile {
  return typeof value === "string" && (BUILT_IN_PROFILE_NAMES as string[]).includes(value);
}

/** The pieces of a sentence that come from the catalog or Intl, in the reader's language. */
export function phrasesFor(reader: ActivityReader) {
  const { t, locale } = reader;
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
  const profile = (name: string) => t("activity.grants.profile", { name });

  return {
    list,
    t,

    /**
     * What a member or invitation was given. Grants are stored as lib/permissions/grants.ts's
     * Grant ({type, …}); the column form ({builtInProfile, profileId, customPermissions}) is read
     * too, as older rows and other writers may hold it.
     */
    grant(value: unknown): string | null {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
      const grant = value as Details;
      const builtIn = grant.type === "built-in" ? grant.profile : grant.builtInProfile;
      if (isBuiltInProfile(builtIn)) return profile(t(`profiles.${builtIn}`));
      const profileId = text(grant, "profileId");
      if (profileId && (grant.type === "named" || grant.type === undefined)) {
        const name = reader.profileNames.get(profileId);
        return name ? profile(name) : t("activity.grants.deletedProfile");
      }
      const permissions = grant.type === "custom" ? texts(grant, "permissions") : texts(grant, "customPermissions");
      return permissions ? t("activity.grants.custom", { count: permissions.length }) : null;
    },

    /** The labels of the changed fields that a form knows, as one list; null when none is known. */
    fields(changes: Details | null, labels: Readonly<Record<string, string>>): string | null {
      if (!changes) return null;
      const known = Object.keys(changes).filter((field) => Object.hasOwn(labels, field));
      // Two fields may share a label (price and currency are "Price"): each label once.
      return known.length ? list([...new Set(known.map((field) => t(labels[field]!)))]) : null;
    },

    /** A day as the reader writes dates (the stored moment is UTC). */
    date(iso: string | null): string | null {
      const moment = iso ? new Date(iso) : null;
      return moment && !Number.isNaN(moment.getTime()) ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(moment) : null;
    },

    /** Email category labels; unknown codes are left out. */
    categories(codes: readonly string[]): string[] {
      return codes.filter(isEmailCategory).map((code) => t(`emailCategories.${code}`));
    },

    category(code: string | null): string | null {
      return code && isEmailCategory(code) ? t(`emailCategories.${code}`) : null;
    },

    /** Money as the app writes it everywhere; null for a currency code Intl refuses. */
    money(amountMinor: number | null, currency: string | null): string | null {
      if (amountMinor === null || !currency || !/^[A-Z]{3}$/.test(currency)) return null;
      try {
        return formatMoney(amountMinor, currency, locale);
      } catch {
        return null;
      }
    },

    /** The service an event names: its product, and its domain when it has one. */
    service(details: Details): string | null {
      const product = text(details, "product");
      const domain = text(details, "domain");
      if (!product) return null;
      return domain ? t("activity.service.withDomain", { product, domain }) : product;
    },
  };
}

export type ActivityPhrases = ReturnType<typeof phrasesFor>;
