"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import type { ServiceActor } from "@/lib/services/actionable-service";
import { changeServiceSettings, resetServicePassword, restartService } from "@/lib/services/panel-actions";
import { ZChangeServiceSettings, ZRequestCancellation, ZOrderUpgrade, ZServiceId } from "@/lib/services/schemas";
import { requestCancellation } from "@/lib/services/service-requests";
import { orderUpgrade } from "@/lib/services/upgrades/order-upgrade";

/** The member acting, in the account the requirement was checked for. */
function actor(access: AccountAccess, client: ClientInfo): ServiceActor {
  return { accountId: access.account.id, userId: access.user.id, client };
}

function refreshService(accountId: string, serviceId: string) {
  revalidatePath(`/accounts/${accountId}/services/${serviceId}`);
}

/** Restarts a VPS through its panel. */
export const restartServiceAction = createAccountAction({
  requirement: "services.manage",
  schema: ZServiceId,
  handler: async ({ accountId, serviceId }, { access, client }) => {
    const result = await restartService(actor(access, client), serviceId);
    refreshService(accountId, serviceId);
    return { restartingUntil: result.restartingUntil.toISOString() };
  },
});

/** A new generated panel password, returned once to the member who asked and kept nowhere else. */
export const resetServicePasswordAction = createAccountAction({
  requirement: "services.manage",
  schema: ZServiceId,
  handler: async ({ serviceId }, { access, client }) => resetServicePassword(actor(access, client), serviceId),
});

export const changeServiceSettingsAction = createAccountAction({
  requirement: "services.manage",
  schema: ZChangeServiceSettings,
  handler: async ({ accountId, serviceId, ...settings }, { access, client }) => {
    const result = await changeServiceSettings(actor(access, client), serviceId, settings);
    refreshService(accountId, serviceId);
    return result;
  },
});

/** Chooses a higher plan: issues the prorated upgrade invoice; the service moves when it is paid. */
export const orderUpgradeAction = createAccountAction({
  requirement: "services.order",
  schema: ZOrderUpgrade,
  handler: async ({ accountId, serviceId, targetProductId }, { access, client }) => {
    const result = await orderUpgrade(actor(access, client), serviceId, targetProductId);
    refreshService(accountId, serviceId);
    return result;
  },
});

export const requestCancellationAction = createAccountAction({
  requirement: "services.order",
  schema: ZRequestCancellation,
  handler: async ({ accountId, serviceId, reason }, { access, client }) => {
    const result = await requestCancellation(actor(access, client), serviceId, reason);
    refreshService(accountId, serviceId);
    return result;
  },
});
