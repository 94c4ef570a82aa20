/**
 * Whether the name typed to confirm is the account's: spaces around it and letter case aside,
 * so "empresa, s.a." confirms "Empresa, S.A." but "Empresa" does not.
 */
export function confirmsAccountName(typed: string, legalName: string): boolean {
  const normal = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
  return normal(typed) === normal(legalName);
}
