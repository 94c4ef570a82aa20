/** What a person recognises a card by: "Visa •••• 4242". Also kept on each payment. */
export function methodLabel(method: { brand: string; last4: string }): string {
  return `${method.brand} •••• ${method.last4}`;
}
