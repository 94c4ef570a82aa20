/** The payment method choice that means "a card typed now" rather than a saved one. Its own module: the pay form (a client component) reads it without the schemas' server imports. */
export const NEW_CARD = "new";
