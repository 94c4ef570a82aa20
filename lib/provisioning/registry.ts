import { demoDriver } from "./demo/demo-driver";
import type { ProvisioningDriver } from "./types";

/**
 * The drivers this installation knows, by the name stored in Service.panelDriver. A real
 * panel (cPanel, Plesk, Proxmox…) plugs in as one more entry implementing ProvisioningDriver.
 */
const DRIVERS: Record<string, ProvisioningDriver> = { demo: demoDriver };

export function driverFor(name: string): ProvisioningDriver {
  const driver = DRIVERS[name];
  // A service pointing at a driver that is not installed is a configuration fault, not the member's.
  if (!driver) throw new Error(`No provisioning driver named "${name}" is installed.`);
  return driver;
}

/** Whether a driver of this name is installed: the provider's API refuses services for one that is not. */
export function hasDriver(name: string): boolean {
  return Object.hasOwn(DRIVERS, name);
}
