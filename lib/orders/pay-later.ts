/** Leave the order's invoice unpaid, to pay it later from the invoice's page. */
export const PAY_LATER = "later";
