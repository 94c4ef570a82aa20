import { expect } from "vitest";

/** The FormData a form (or a crafted POST) sends to a server action. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Runs an attempt and checks that the snapshot of what it could write is the same after it. */
export async function expectUnchanged<T>(snapshot: () => Promise<unknown>, attempt: () => Promise<T>): Promise<T> {
  const before = await snapshot();
  const result = await attempt();
  expect(await snapshot()).toEqual(before);
  return result;
}
