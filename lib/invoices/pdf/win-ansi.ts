/**
 * The PDF's standard fonts (Helvetica) encode text as WinAnsi: "Pérez", "Müller", "€" and
 * "•" are in it, "Łódź", "Ωmega" or "東京" are not, and pdf-lib throws on what it cannot
 * encode. A name typed by a customer must never break the invoice route, so text is made
 * encodable first: a letter outside the set loses its accent if that makes it fit ("Ł" stays
 * out, "ő" becomes "o"), anything else becomes "?".
 */
export function winAnsiSafe(text: string, characterSet: ReadonlySet<number>): string {
  const normalized = text
    .normalize("NFC")
    .replace(/[\t\r\n\v\f]+/g, " ")
    // Intl puts narrow and other Unicode spaces in formatted numbers and dates.
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, " ")
    .replace(/[\u2010-\u2012\u2212]/g, "-");
  let safe = "";
  for (const character of normalized) {
    if (characterSet.has(character.codePointAt(0)!)) {
      safe += character;
      continue;
    }
    const stripped = character.normalize("NFKD").replace(/\p{M}/gu, "");
    safe += stripped && [...stripped].every((c) => characterSet.has(c.codePointAt(0)!)) ? stripped : "?";
  }
  return safe;
}
