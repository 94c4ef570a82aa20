import { randomInt } from "node:crypto";

const LOWER = "abcdefghijkmnopqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "-_.!@#%+=";
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** Length of a generated service password: about 120 bits from the crypto RNG. */
export const GENERATED_PASSWORD_LENGTH = 20;

/**
 * A new service password: random from the operating system's CSPRNG, with at least one
 * character of each class so panels with composition rules accept it; look-alike
 * characters (l, 1, O, 0, I) left out because the member copies it by eye.
 */
export function generateServicePassword(length = GENERATED_PASSWORD_LENGTH): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;
  const characters = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (characters.length < length) characters.push(pick(ALL));
  // Fisher–Yates, so the guaranteed classes are not always in front.
  for (let i = characters.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [characters[i], characters[j]] = [characters[j]!, characters[i]!];
  }
  return characters.join("");
}
