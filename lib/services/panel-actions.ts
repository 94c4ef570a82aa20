import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import { driverFor } from "@/lib/provisioning/registry";
import type { PanelApp } from "@/lib/provisioning/types";
import { actionableService, asPanelStep, serviceSubject, type ServiceActor } from "./actionable-service";
import { generateServicePassword } from "./generate-password";
import { settingsForKind, type TSettingsInput } from "./settings";

/**
 * What a member does to a running service through its panel. Each is one transaction with
 * its activity event; the demo panel's writes join it, so a failure leaves no half change.
 */

/** Restarts a VPS; hosting and email run on shared servers that members do not restart. */
export async function restartService(actor: ServiceActor, serviceId: string): Promise<{ restartingUntil: Date }> {
  return db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    if (service.kind !== "VPS") throw new UserError("restartOnlyVps");
    const result = await asPanelStep(driverFor(service.panelDriver).restart(tx, service.panelRef));
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, kind: "service.restarted", subjectId: service.id, client: actor.client, details: serviceSubject(service) });
    return result;
  });
}

/**
 * Sets a new, generated panel password and returns it: the member sees it once, in the
 * action's result. It is not stored here, logged, or emailed; the panel keeps only its hash.
 */
export async function resetServicePassword(actor: ServiceActor, serviceId: string): Promise<{ password: string }> {
  const password = generateServicePassword();
  await db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    await asPanelStep(driverFor(service.panelDriver).resetPassword(tx, service.panelRef, password));
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, kind: "service.password_reset", subjectId: service.id, client: actor.client, details: serviceSubject(service) });
  });
  return { password };
}

export async function changeServiceSettings(actor: ServiceActor, serviceId: string, input: TSettingsInput): Promise<{ changed: true }> {
  return db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    const decision = settingsForKind(service.kind, input, { diskLimitMb: service.diskLimitMb });
    if (!decision.ok) throw new UserError(decision.code, decision.values);
    await asPanelStep(driverFor(service.panelDriver).changeSettings(tx, service.panelRef, decision.settings));
    await recordActivity(tx, {
      accountId: actor.accountId,
      actorId: actor.userId,
      kind: "service.settings_changed",
      subjectId: service.id,
      client: actor.client,
      details: { ...serviceSubject(service), settings: decision.settings },
    });
    return { changed: true as const };
  });
}

/**
 * A one-time sign-on link into the service's control panel or webmail. Webmail exists for
 * hosting and email plans; a VPS has no mail of the provider's.
 */
export async function openServicePanel(actor: ServiceActor, serviceId: string, app: PanelApp): Promise<{ url: string }> {
  return db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    if (app === "WEBMAIL" && service.kind === "VPS") throw new UserError("webmailNotForVps");
    const url = await asPanelStep(driverFor(service.panelDriver).createSingleSignOnUrl(tx, service.panelRef, app));
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, kind: "service.panel_opened", subjectId: service.id, client: actor.client, details: { ...serviceSubject(service), app } });
    return { url };
  });
}
