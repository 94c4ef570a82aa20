import { PanelRefusal } from "../provisioning/types";
import { RegistrarRefusal } from "../registrars/types";

/** How long a driver may take for one item before it counts as failed (a registry or panel that hangs). */
export const DRIVER_TIMEOUT_MS = 30_000;

/** An item claimed this long ago and still not finished was cut off mid-way (a crash): it fails, never runs again. */
export const STUCK_AFTER_MS = 10 * 60_000;

export class DriverTimeout extends Error {
  constructor() {
    super(`The driver did not answer within ${DRIVER_TIMEOUT_MS / 1000} seconds.`);
    this.name = "DriverTimeout";
  }
}

/** Why an item failed: a key under orders.failures for the member, and the driver's words for the provider. */
export type ProvisioningFailure = { code: string; reason: string };

const MEMBER_CODES = new Set(["domainTaken", "transferCodeWrong", "transferLocked", "registrarUnknownDomain", "domainExtensionUnsupported", "driverTimeout", "interrupted", "driverFault"]);

/** Pure: what a thrown error says, for the order page (a known code) and the ticket (the full message). */
export function describeFailure(error: unknown): ProvisioningFailure {
  if (error instanceof RegistrarRefusal || error instanceof PanelRefusal) {
    return { code: MEMBER_CODES.has(error.code) ? error.code : "driverFault", reason: `${error.code}: ${error.message}` };
  }
  if (error instanceof DriverTimeout) return { code: "driverTimeout", reason: error.message };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: "driverFault", reason: message.slice(0, 1000) };
}

/** The driver's answer, or DriverTimeout once it has taken too long. */
export async function withinDriverTimeout<T>(step: Promise<T>, ms = DRIVER_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([step, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new DriverTimeout()), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
