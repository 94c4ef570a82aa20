import { demoRegistrar } from "./demo/demo-registrar";
import { RegistrarRefusal, type RegistrarDriver } from "./types";
import { UserError } from "../errors/user-error";

/**
 * The registrar drivers this installation knows, by the name stored in Domain.registrar. A real
 * registrar (an EPP or REST API) plugs in as one more entry implementing RegistrarDriver.
 */
const REGISTRARS: Record<string, RegistrarDriver> = { demo: demoRegistrar };

export function registrarFor(name: string): RegistrarDriver {
  const registrar = REGISTRARS[name];
  // A domain pointing at a registrar that is not installed is a configuration fault, not the member's.
  if (!registrar) throw new Error(`No registrar driver named "${name}" is installed.`);
  return registrar;
}

/** A registrar's refusal as the member reads it (a key under `errors`); any other failure stays a fault. */
export async function asRegistrarStep<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof RegistrarRefusal) throw new UserError(error.code, error.values);
    throw error;
  }
}
