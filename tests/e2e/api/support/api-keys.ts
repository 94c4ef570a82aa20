import { newKeyToken } from "../../../../lib/api/key-token";
import { withE2eDatabase } from "../../support/e2e-database";

/**
 * A provider's API key made straight in the e2e run's database, as `npm run api-keys --
 * create` makes one: only the prefix and the secret's hash are stored. The name is unique per
 * call so tests running side by side never share a key (or its rate window).
 */
export async function apiKeyInDatabase(scopes: string[], { allowedNetworks = [] as string[] } = {}): Promise<string> {
  const { token, prefix, secretHash } = newKeyToken();
  await withE2eDatabase((db) => db.apiKey.create({ data: { name: `e2e ${prefix}`, prefix, secretHash, scopes, allowedNetworks } }));
  return token;
}
