import { hashPassword } from "../../auth/password";
import type { Prisma } from "../../generated/prisma/client";
import { effectivePowerState, restartSeconds } from "../power-state";
import { PanelRefusal, type DriverDb, type PanelSettings, type PanelStatus, type ProvisioningDriver } from "../types";
import { createSecretToken } from "../../auth/tokens";

/** A single sign-on link works for this long: enough to follow it, too short to be worth stealing. */
export const LOGIN_LINK_SECONDS = 60;

/** Where the demo panel takes a single sign-on link (app/demo-panel/sso/[token]/route.ts). */
export function demoPanelLinkPath(token: string): string {
  return `/demo-panel/sso/${encodeURIComponent(token)}`;
}

function readSettings(value: Prisma.JsonValue): PanelSettings {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as PanelSettings) : {};
}

async function findAccount(db: DriverDb, panelRef: string) {
  const account = await db.demoPanelAccount.findUnique({ where: { id: panelRef } });
  if (!account || account.terminatedAt) throw new PanelRefusal("panelUnknownService");
  return account;
}

/** Whoever is signed in to the account, or holds a link into it, is out. */
async function endAccess(db: DriverDb, panelRef: string) {
  await db.demoPanelSession.deleteMany({ where: { panelAccountId: panelRef } });
  await db.demoPanelLoginToken.deleteMany({ where: { panelAccountId: panelRef, usedAt: null } });
}

/**
 * The demo panel: a small control panel that runs inside this app, its state in the
 * DemoPanel* tables as a real panel's state lives on its own server. It behaves like one:
 * a restart takes time, a password reset changes what its login form accepts, and single
 * sign-on links work once and expire.
 */
export const demoDriver: ProvisioningDriver = {
  async provision(db, { username, password, settings }) {
    const account = await db.demoPanelAccount.create({
      data: { username, passwordHash: await hashPassword(password), settings: (settings ?? {}) as Prisma.InputJsonObject },
      select: { id: true },
    });
    return { panelRef: account.id };
  },

  async status(db, panelRef, now = new Date()): Promise<PanelStatus | null> {
    const account = await db.demoPanelAccount.findUnique({ where: { id: panelRef } });
    if (!account || account.terminatedAt) return null;
    return {
      username: account.username,
      powerState: effectivePowerState(account, now),
      restartingUntil: effectivePowerState(account, now) === "RESTARTING" ? account.restartingUntil : null,
      settings: readSettings(account.settings),
    };
  },

  async restart(db, panelRef, now = new Date()) {
    const restartingUntil = new Date(now.getTime() + restartSeconds() * 1000);
    // Conditional: a machine still restarting is not restarted again (two clicks, two tabs);
    // the row lock makes the second of two concurrent restarts see the first one's state.
    const started = await db.demoPanelAccount.updateMany({
      where: { id: panelRef, suspended: false, terminatedAt: null, OR: [{ powerState: { not: "RESTARTING" } }, { restartingUntil: null }, { restartingUntil: { lte: now } }] },
      data: { powerState: "RESTARTING", restartingUntil },
    });
    if (started.count === 0) {
      await findAccount(db, panelRef);
      throw new PanelRefusal("serviceAlreadyRestarting");
    }
    return { restartingUntil };
  },

  async resetPassword(db, panelRef, newPassword) {
    const passwordHash = await hashPassword(newPassword);
    const changed = await db.demoPanelAccount.updateMany({ where: { id: panelRef }, data: { passwordHash } });
    if (changed.count === 0) throw new PanelRefusal("panelUnknownService");
    // Sessions opened with the old password end with it.
    await db.demoPanelSession.deleteMany({ where: { panelAccountId: panelRef } });
  },

  async changeSettings(db, panelRef, settings) {
    const account = await findAccount(db, panelRef);
    await db.demoPanelAccount.update({ where: { id: account.id }, data: { settings: { ...readSettings(account.settings), ...settings } as Prisma.InputJsonObject } });
  },

  async createSingleSignOnUrl(db, panelRef, app, now = new Date()) {
    await findAccount(db, panelRef);
    const { token, tokenHash } = createSecretToken();
    await db.demoPanelLoginToken.create({
      data: { panelAccountId: panelRef, tokenHash, app, expiresAt: new Date(now.getTime() + LOGIN_LINK_SECONDS * 1000) },
    });
    return demoPanelLinkPath(token);
  },

  async suspend(db, panelRef) {
    const changed = await db.demoPanelAccount.updateMany({ where: { id: panelRef, terminatedAt: null }, data: { suspended: true } });
    if (changed.count === 0) throw new PanelRefusal("panelUnknownService");
    await endAccess(db, panelRef);
  },

  async unsuspend(db, panelRef) {
    const changed = await db.demoPanelAccount.updateMany({ where: { id: panelRef, terminatedAt: null }, data: { suspended: false } });
    if (changed.count === 0) throw new PanelRefusal("panelUnknownService");
  },

  async terminate(db, panelRef, now = new Date()) {
    const changed = await db.demoPanelAccount.updateMany({ where: { id: panelRef, terminatedAt: null }, data: { terminatedAt: now, powerState: "STOPPED", restartingUntil: null } });
    if (changed.count === 0) throw new PanelRefusal("panelUnknownService");
    await endAccess(db, panelRef);
  },
};
