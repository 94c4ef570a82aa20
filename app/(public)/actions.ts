"use server";

import { getLocale } from "next-intl/server";
import { createAction } from "@/lib/actions/create-action";
import { ZResendVerification, ZSignUp } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { resendVerificationEmail } from "@/lib/users/verification-email";

/** Same answer whether the address was new or already registered: see signUp. */
export const signUpAction = createAction({
  auth: "public",
  schema: ZSignUp,
  handler: async (input) => {
    await signUp({ ...input, locale: await getLocale() });
    return { email: input.email };
  },
});

export const resendVerificationAction = createAction({
  auth: "public",
  schema: ZResendVerification,
  handler: async ({ email }) => {
    await resendVerificationEmail(email);
    return { email };
  },
});
