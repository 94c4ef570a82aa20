/** An account's legal name as a host-name label for demo domains: "Empresa, S.A." → "empresa-s-a". */
export function demoSlug(legalName: string): string {
  return legalName
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
