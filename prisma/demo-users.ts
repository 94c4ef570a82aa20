/**
 * The demo people and client accounts the seed creates; the run command prints their
 * sign-ins. Marta owns both accounts (one user in several accounts); Empresa, S.A. has one
 * member of each built-in profile.
 */
export const DEMO_USERS = [
  { email: "marta@example.com", name: "Marta Perez", password: "demo-marta-2026", role: "owner of Empresa, S.A. and of Marta Perez (personal)" },
  { email: "tom@example.com", name: "Tom Becker", password: "demo-tom-2026", role: "Super administrator at Empresa, S.A.; Technician at Marta Perez" },
  { email: "ana@example.com", name: "Ana Silva", password: "demo-ana-2026", role: "Administrator at Empresa, S.A." },
  { email: "luis@example.com", name: "Luis Romero", password: "demo-luis-2026", role: "Technician at Empresa, S.A." },
  { email: "sara@example.com", name: "Sara Lind", password: "demo-sara-2026", role: "Junior technician at Empresa, S.A." },
  { email: "ben@example.com", name: "Ben Okafor", password: "demo-ben-2026", role: "Billing at Empresa, S.A." },
  { email: "nora@example.com", name: "Nora Quist", password: "demo-nora-2026", role: "owner of Nube Agency (1 seat)" },
  { email: "leo@example.com", name: "Leo Brandt", password: "demo-leo-2026", role: "Technician at Nube Agency" },
  { email: "ines@example.com", name: "Ines Moreau", password: "demo-ines-2026", role: "Technician at Nube Agency" },
] as const;

type DemoEmail = (typeof DEMO_USERS)[number]["email"];
type DemoProfile = "SUPER_ADMINISTRATOR" | "ADMINISTRATOR" | "TECHNICIAN" | "JUNIOR_TECHNICIAN" | "BILLING";

export const DEMO_ACCOUNTS: {
  legalName: string;
  kind: "COMPANY" | "PERSON";
  taxId: string | null;
  addressLine1: string;
  city: string;
  postcode: string;
  country: string;
  currency: string;
  /** Concurrent seats the provider sold (null: no limit). */
  seatLimit: number | null;
  owner: DemoEmail;
  members: { email: DemoEmail; profile: DemoProfile }[];
  contacts: { firstName: string; lastName: string; email: string; company: string | null; categories: ("GENERAL" | "SERVICES" | "DOMAINS" | "BILLING" | "SUPPORT")[] }[];
}[] = [
  {
    legalName: "Empresa, S.A.",
    kind: "COMPANY",
    taxId: "ESA12345678",
    addressLine1: "Calle de Alcalá 42",
    city: "Madrid",
    postcode: "28014",
    country: "ES",
    currency: "EUR",
    seatLimit: null,
    owner: "marta@example.com",
    members: [
      { email: "tom@example.com", profile: "SUPER_ADMINISTRATOR" },
      { email: "ana@example.com", profile: "ADMINISTRATOR" },
      { email: "luis@example.com", profile: "TECHNICIAN" },
      { email: "sara@example.com", profile: "JUNIOR_TECHNICIAN" },
      { email: "ben@example.com", profile: "BILLING" },
    ],
    contacts: [
      { firstName: "Lucia", lastName: "Garcia", email: "lucia@asesoria.example", company: "Garcia Asesores", categories: ["BILLING"] },
      { firstName: "Pablo", lastName: "Ruiz", email: "pablo@empresa.example", company: "Empresa, S.A.", categories: ["GENERAL", "DOMAINS"] },
    ],
  },
  {
    legalName: "Marta Perez",
    kind: "PERSON",
    taxId: null,
    addressLine1: "Rua Augusta 10",
    city: "Lisboa",
    postcode: "1100-053",
    country: "PT",
    currency: "EUR",
    seatLimit: null,
    owner: "marta@example.com",
    members: [{ email: "tom@example.com", profile: "TECHNICIAN" }],
    contacts: [],
  },
  {
    legalName: "Nube Agency",
    kind: "COMPANY",
    taxId: "DE123456789",
    addressLine1: "Torstraße 5",
    city: "Berlin",
    postcode: "10119",
    country: "DE",
    currency: "EUR",
    seatLimit: 1,
    owner: "nora@example.com",
    members: [
      { email: "leo@example.com", profile: "TECHNICIAN" },
      { email: "ines@example.com", profile: "TECHNICIAN" },
    ],
    contacts: [],
  },
];

/** The password of every seeded demo panel account (README, "Services and provisioning"). */
export const DEMO_PANEL_PASSWORD = "panel-demo-2026";
