import { tokenizeDemoCard } from "../../../lib/billing/gateways/demo-card-tokens";
import { methodLabel } from "../../../lib/billing/method-label";
import { withE2eDatabase } from "./e2e-database";

/**
 * A card saved on the account as the billing page saves one: tokenized by the demo gateway
 * (so paying with it works), only the token, brand and last four digits stored. For stories
 * where adding a card is not what is under test (invoices.spec.ts goes through the form).
 */
export async function savedCardInDatabase(accountId: string, options: { holderName: string; number?: string; makeDefault?: boolean; autoPay?: boolean }): Promise<{ id: string; label: string }> {
  const tokenized = tokenizeDemoCard({ number: options.number ?? "4242424242424242", expMonth: 12, expYear: new Date().getFullYear() + 5, cvc: "123", holderName: options.holderName });
  if (!tokenized.ok) throw new Error(`the demo gateway refused the card: ${tokenized.reason}`);
  const { card } = tokenized;
  return withE2eDatabase(async (db) => {
    const method = await db.paymentMethod.create({
      data: { accountId, gateway: "demo", token: card.token, brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear, holderName: options.holderName },
      select: { id: true },
    });
    if (options.makeDefault || options.autoPay) {
      await db.clientAccount.update({ where: { id: accountId }, data: { defaultPaymentMethodId: method.id, ...(options.autoPay ? { autoPay: true } : {}) } });
    }
    return { id: method.id, label: methodLabel(card) };
  });
}
