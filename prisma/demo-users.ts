/** The demo people the seed creates; the run command prints their sign-ins. */
export const DEMO_USERS = [
  { email: "marta@example.com", name: "Marta Perez", password: "demo-marta-2026" },
  { email: "tom@example.com", name: "Tom Becker", password: "demo-tom-2026" },
] as const;
