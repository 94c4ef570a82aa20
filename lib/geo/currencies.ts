/** The currencies an account may be invoiced in: the ones hosting providers commonly bill. */
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "CAD", "AUD", "NZD", "JPY", "BRL", "MXN", "INR", "ZAR"] as const;
export type Currency = (typeof CURRENCIES)[number];
