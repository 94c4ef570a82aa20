import { accountForProvider, listAccountsForProvider } from "@/lib/accounts/provider-accounts";
import { createAccountForProvider } from "@/lib/accounts/provider-create-account";
import { apiOperation } from "@/lib/api/api-route";
import { createAccount, listAccounts } from "@/lib/api/operations/accounts";
import { ApiNotFound } from "@/lib/api/problem";

export const GET = apiOperation(listAccounts, async ({ query }) => listAccountsForProvider(query));

export const POST = apiOperation(createAccount, async ({ body }) => {
  const { address, documentLanguage, owner, taxId, ...rest } = body;
  const { id } = await createAccountForProvider({
    details: {
      ...rest,
      taxId: taxId ?? null,
      addressLine1: address.line1,
      addressLine2: address.line2 ?? null,
      city: address.city,
      region: address.region ?? null,
      postcode: address.postcode,
      country: address.country,
      documentLocale: documentLanguage,
    },
    owner,
  });
  const account = await accountForProvider(id);
  if (!account) throw new ApiNotFound();
  return account;
});
