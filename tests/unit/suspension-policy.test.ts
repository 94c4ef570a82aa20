import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Each account action's name, and whether it declares that it works while the account is suspended. */
function accountActions(): { name: string; allowed: boolean }[] {
  return sourceFiles(path.join(ROOT, "app")).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(/export const (\w+) = createAccountAction\(\{([\s\S]*?)\n\}\);/g)].map(([, name, body]) => ({ name: name!, allowed: /whileSuspended: "allowed"/.test(body!) }));
  });
}

describe("a suspended account (lib/permissions/account-state.ts)", () => {
  it("still takes exactly these actions: paying, support, leaving, freeing a seat and adding a card to pay with", () => {
    const actions = accountActions();
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.filter((action) => action.allowed).map((action) => action.name).sort()).toEqual(
      ["addPaymentMethodAction", "closeTicketAction", "freeSeatAction", "leaveAccountAction", "openTicketAction", "payInvoiceAction", "payInvoicesAction", "reopenTicketAction", "replyToTicketAction"].sort(),
    );
  });
});
