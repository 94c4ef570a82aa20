import { describe, expect, it } from "vitest";
import { confirmsAccountName } from "@/lib/accounts/confirm-account-name";
import { explainKeys, explainProfiles } from "@/lib/permissions/explain-profile";
import { BUILT_IN_PROFILES } from "@/lib/permissions/built-in-profiles";
import { PERMISSION_KEYS } from "@/lib/permissions/catalog";
import { resolvePermissions } from "@/lib/permissions/resolve";

describe("closing an account: the typed name", () => {
  it("confirms the account's name, whatever the case and the spaces around it", () => {
    expect(confirmsAccountName("  empresa,   s.a. ", "Empresa, S.A.")).toBe(true);
    expect(confirmsAccountName("Empresa, S.A.", "Empresa, S.A.")).toBe(true);
  });

  it("refuses a part of the name, another name, or nothing", () => {
    expect(confirmsAccountName("Empresa", "Empresa, S.A.")).toBe(false);
    expect(confirmsAccountName("Empresa SA", "Empresa, S.A.")).toBe(false);
    expect(confirmsAccountName("", "Empresa, S.A.")).toBe(false);
  });
});

describe("profiles explained from the catalog", () => {
  it("says for each built-in profile exactly what the permission check grants, and the rest as not allowed", () => {
    for (const [profile, keys] of Object.entries(BUILT_IN_PROFILES)) {
      const granted = resolvePermissions({ builtInProfile: profile as keyof typeof BUILT_IN_PROFILES, profilePermissions: null, customPermissions: [] }, false);
      const { may, mayNot } = explainKeys(keys);
      expect(new Set(may), profile).toEqual(granted);
      expect([...may, ...mayNot].sort()).toEqual([...PERMISSION_KEYS].sort());
    }
  });

  it("a Technician may manage services and domains but not see invoices or manage members", () => {
    const { may, mayNot } = explainKeys(BUILT_IN_PROFILES.TECHNICIAN);
    expect(may).toEqual(expect.arrayContaining(["services.manage", "domains.manage", "support.open"]));
    expect(mayNot).toEqual(expect.arrayContaining(["invoices.view", "invoices.pay", "users.manage", "billing.manage"]));
  });

  it("a named profile's implied keys are said, and keys the catalog no longer knows are not", () => {
    const [, , , , , named] = explainProfiles([{ id: "p1", name: "Bookkeeper", permissions: ["invoices.pay", "gone.key"] }]);
    expect(named).toMatchObject({ kind: "named", name: "Bookkeeper" });
    expect(named!.explanation.may).toEqual(["account.view", "invoices.view", "invoices.pay"]);
    expect(named!.explanation.ownerOnly).toEqual(["ownership.transfer", "account.close"]);
  });
});
