"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { withMinimumDuration } from "@/lib/actions/minimum-duration";
import { completeTwoFactorSignIn } from "@/lib/auth/two-factor-sign-in";
import { issueSessionCookie } from "@/lib/auth/issue-session-cookie";
import { openSession } from "@/lib/auth/sign-in";
import { acceptInvitation, signUpFromInvitation } from "@/lib/invitations/accept-invitation";
import { unsubscribeContact } from "@/lib/notifications/preferences";
import { ZInvitationToken, ZSignUpFromInvitation } from "@/lib/invitations/schemas";
import { requestPasswordReset, resetPassword } from "@/lib/users/password-reset";
import { ZCompleteVerification, ZForgotPassword, ZResendVerification, ZResetPassword, ZSecondFactorStep, ZSignUp } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { resendVerificationEmail } from "@/lib/users/verification-email";
import { completeVerification } from "@/lib/users/verify-email";

/** Same answer whether the address was new or already registered: see signUp. */
export const signUpAction = createAction({
  auth: "public",
  schema: ZSignUp,
  handler: async (input, { client }) => {
    await signUp({ ...input, locale: await getLocale() }, client);
    return { email: input.email };
  },
});

/**
 * A verification link's page: the address is verified with the password typed there (see
 * completeVerification), and the person is signed in; someone who signed up from an
 * invitation lands in its account, anyone else on their accounts page. The link is spent by this POST, not
 * by the page's GET, so a mail scanner that fetches the link cannot use it.
 */
export const completeVerificationAction = createAction({
  auth: "public",
  schema: ZCompleteVerification,
  handler: async ({ token, password }, { client }) => {
    const { user, joinedAccountId } = await completeVerification({ token, password, client });
    await issueSessionCookie(await openSession(user, client));
    // A first visit leads somewhere: the accounts page asks them to create a client account
    // or shows the invitations waiting for their address.
    redirect(joinedAccountId ? `/accounts/${joinedAccountId}` : "/user/accounts?verified=1");
  },
});

export const resendVerificationAction = createAction({
  auth: "public",
  schema: ZResendVerification,
  handler: async ({ email }, { client }) => {
    await resendVerificationEmail(email, client);
    return { email };
  },
});

/**
 * The answer takes at least this long whether or not the address has an account (and an
 * email is written and sent), so its timing does not tell either.
 */
const FORGOT_PASSWORD_ANSWER_MS = 1000;

export const forgotPasswordAction = createAction({
  auth: "public",
  schema: ZForgotPassword,
  handler: async ({ email }, { client }) => {
    await withMinimumDuration(FORGOT_PASSWORD_ANSWER_MS, () => requestPasswordReset(email, client));
    return { email };
  },
});

export const resetPasswordAction = createAction({
  auth: "public",
  schema: ZResetPassword,
  handler: ({ token, password }, { client }) => resetPassword({ token, password, client }),
});

export const secondFactorAction = createAction({
  auth: "second-factor",
  schema: ZSecondFactorStep,
  handler: async ({ code }, { session, client }) => {
    await completeTwoFactorSignIn(session, code, client);
    return { done: true };
  },
});

export const acceptInvitationAction = createAction({
  auth: "user",
  schema: ZInvitationToken,
  handler: async ({ token }, { user, client }) => {
    const { accountId } = await acceptInvitation(token, user, client);
    redirect(`/accounts/${accountId}`);
  },
});

/**
 * A new person signs up from the link; the link does not prove the mailbox, so they join
 * when they follow the verification link sent to it (see signUpFromInvitation).
 */
export const signUpFromInvitationAction = createAction({
  auth: "public",
  schema: ZSignUpFromInvitation,
  handler: async (input) => signUpFromInvitation({ ...input, locale: await getLocale() }),
});

/** A contact's signed unsubscribe link; the token is the proof (lib/notifications/unsubscribe-token.ts). */
export const unsubscribeAction = createAction({
  auth: "public",
  schema: z.object({ token: z.string().min(1).max(300) }),
  handler: async ({ token }) => {
    await unsubscribeContact(token);
    return { done: true };
  },
});
