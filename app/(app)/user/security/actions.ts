"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { changePassword } from "@/lib/users/change-password";
import { endOtherSessions, endOwnSession } from "@/lib/users/end-sessions";
import { ZChangePassword, ZConfirmTwoFactor, ZDisableTwoFactor, ZPasswordConfirmation, ZSessionId } from "@/lib/users/schemas";
import { beginTwoFactorSetup, cancelTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/users/two-factor-settings";
import { z } from "zod";

const SECURITY_PAGE = "/user/security";
const ZNothing = z.object({});

export const changePasswordAction = createAction({
  auth: "user",
  schema: ZChangePassword,
  handler: async (input, { user, client }) => {
    const result = await changePassword(user, input, client);
    revalidatePath(SECURITY_PAGE);
    return result;
  },
});

export const endSessionAction = createAction({
  auth: "user",
  schema: ZSessionId,
  handler: async ({ sessionId }, { user, client }) => {
    await endOwnSession(user, sessionId, client);
    revalidatePath(SECURITY_PAGE);
    return { ended: 1 };
  },
});

export const endOtherSessionsAction = createAction({
  auth: "user",
  schema: ZNothing,
  handler: async (_input, { user, client }) => {
    const ended = await endOtherSessions(user, client);
    revalidatePath(SECURITY_PAGE);
    return { ended };
  },
});

export const beginTwoFactorSetupAction = createAction({
  auth: "user",
  schema: ZNothing,
  handler: async (_input, { user }) => {
    await beginTwoFactorSetup(user.id);
    revalidatePath(SECURITY_PAGE);
    return { started: true };
  },
});

export const cancelTwoFactorSetupAction = createAction({
  auth: "user",
  schema: ZNothing,
  handler: async (_input, { user }) => {
    await cancelTwoFactorSetup(user.id);
    revalidatePath(SECURITY_PAGE);
    return { cancelled: true };
  },
});

export const confirmTwoFactorAction = createAction({
  auth: "user",
  schema: ZConfirmTwoFactor,
  handler: ({ code }, { user, client }) => confirmTwoFactorSetup(user, code, client),
});

export const regenerateRecoveryCodesAction = createAction({
  auth: "user",
  schema: ZPasswordConfirmation,
  handler: ({ password }, { user, client }) => regenerateRecoveryCodes(user, password, client),
});

export const disableTwoFactorAction = createAction({
  auth: "user",
  schema: ZDisableTwoFactor,
  handler: async (input, { user, client }) => {
    await disableTwoFactor(user, input, client);
    revalidatePath(SECURITY_PAGE);
    return { disabled: true };
  },
});
