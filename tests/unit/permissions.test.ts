import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILES, BUILT_IN_PROFILE_NAMES } from "@/lib/permissions/built-in-profiles";
import { OWNER_ONLY_ACTIONS, PERMISSIONS, PERMISSION_KEYS, isPermissionKey, withImplied, type PermissionKey } from "@/lib/permissions/catalog";
import { ZGrantFields, ZPermissionList, grantColumns, grantFromColumns, grantPermissions, toGrant, type Grant } from "@/lib/permissions/grants";
import { profileRef } from "@/lib/permissions/profile-ref";
import { knownKeys, resolvePermissions } from "@/lib/permissions/resolve";

const sorted = (keys: Iterable<string>) => [...keys].sort();
const noGrant = { builtInProfile: null, profilePermissions: null, customPermissions: [] };

// The spec's table (../shared/spec/client-area.md, "Permissions"), written out by hand so the catalog is checked against it.
const SPEC_KEYS = [
  "account.view", "account.edit", "users.view", "users.manage", "contacts.view", "contacts.manage",
  "services.view", "services.manage", "services.cpanel", "services.webmail", "services.order",
  "domains.view", "domains.manage", "domains.order", "invoices.view", "invoices.pay", "billing.manage",
  "support.view", "support.open", "audit.view", "emails.view",
];

describe("the permission catalog", () => {
  it("holds exactly the spec's keys, and no owner-only action is grantable", () => {
    expect(sorted(PERMISSION_KEYS)).toEqual(sorted(SPEC_KEYS));
    for (const action of OWNER_ONLY_ACTIONS) expect(isPermissionKey(action)).toBe(false);
  });

  it("implies view from manage and the other spec implications", () => {
    expect(PERMISSIONS).toMatchObject({
      "users.manage": ["users.view"],
      "contacts.manage": ["contacts.view"],
      "services.manage": ["services.view"],
      "services.cpanel": ["services.view"],
      "services.webmail": ["services.view"],
      "services.order": ["services.view"],
      "domains.manage": ["domains.view"],
      "domains.order": ["domains.view"],
      "invoices.pay": ["invoices.view"],
      "billing.manage": ["invoices.view"],
      "support.open": ["support.view"],
    });
    expect(sorted(withImplied(["billing.manage"]))).toEqual(sorted(["account.view", "billing.manage", "invoices.view"]));
  });

  it("implies only keys that exist, and nothing implies itself", () => {
    for (const [key, implied] of Object.entries(PERMISSIONS)) {
      for (const other of implied as readonly string[]) {
        expect(isPermissionKey(other), `${key} implies ${other}`).toBe(true);
        expect(other).not.toBe(key);
      }
    }
  });

  it("gives account.view to everyone, even with no keys", () => {
    expect(sorted(withImplied([]))).toEqual(["account.view"]);
  });

  it("knows keys only by their own name, not by inherited object properties", () => {
    expect(isPermissionKey("toString")).toBe(false);
    expect(isPermissionKey("__proto__")).toBe(false);
    expect(isPermissionKey("users.MANAGE")).toBe(false);
  });
});

describe("built-in profiles", () => {
  const everyKey = SPEC_KEYS;
  const expected: Record<string, string[]> = {
    SUPER_ADMINISTRATOR: everyKey,
    ADMINISTRATOR: everyKey.filter((key) => key !== "users.manage"),
    TECHNICIAN: [
      "account.view", "services.view", "services.manage", "services.cpanel", "services.webmail", "services.order",
      "domains.view", "domains.manage", "domains.order", "support.view", "support.open",
    ],
    JUNIOR_TECHNICIAN: ["account.view", "services.view", "services.manage", "domains.view", "support.view", "support.open"],
    BILLING: ["account.view", "invoices.view", "invoices.pay", "billing.manage", "support.view", "support.open", "emails.view"],
  };

  it("are the spec's five", () => {
    expect(sorted(BUILT_IN_PROFILE_NAMES)).toEqual(sorted(Object.keys(expected)));
  });

  it.each(Object.entries(expected))("%s holds exactly the spec's keys, with what they imply", (profile, keys) => {
    expect(sorted(withImplied(BUILT_IN_PROFILES[profile as keyof typeof BUILT_IN_PROFILES]))).toEqual(sorted(keys));
    expect(sorted(resolvePermissions({ ...noGrant, builtInProfile: profile as keyof typeof BUILT_IN_PROFILES }, false))).toEqual(sorted(keys));
  });

  it("list only keys of the catalog and already include what their keys imply", () => {
    for (const profile of BUILT_IN_PROFILE_NAMES) {
      const keys = BUILT_IN_PROFILES[profile] as readonly string[];
      expect(keys.every(isPermissionKey), profile).toBe(true);
      expect(sorted(withImplied(keys as PermissionKey[])), profile).toEqual(sorted(keys));
    }
  });

  it("Junior technician has no control panel, webmail or orders; Administrator cannot manage users", () => {
    const junior = withImplied(BUILT_IN_PROFILES.JUNIOR_TECHNICIAN);
    for (const key of ["services.cpanel", "services.webmail", "services.order"] as const) expect(junior.has(key)).toBe(false);
    const admin = withImplied(BUILT_IN_PROFILES.ADMINISTRATOR);
    expect(admin.has("users.manage")).toBe(false);
    expect(admin.has("users.view")).toBe(true);
  });
});

describe("resolvePermissions", () => {
  it("gives the owner every key whatever the membership row says", () => {
    expect(sorted(resolvePermissions(noGrant, true))).toEqual(sorted(SPEC_KEYS));
    expect(sorted(resolvePermissions({ ...noGrant, builtInProfile: "BILLING" }, true))).toEqual(sorted(SPEC_KEYS));
  });

  it("leaves a member with no grant account.view alone", () => {
    expect(sorted(resolvePermissions(noGrant, false))).toEqual(["account.view"]);
  });

  it("resolves a named profile's and a custom set's keys with their implications", () => {
    expect(sorted(resolvePermissions({ ...noGrant, profilePermissions: ["domains.manage"] }, false))).toEqual(["account.view", "domains.manage", "domains.view"]);
    expect(sorted(resolvePermissions({ ...noGrant, customPermissions: ["invoices.pay"] }, false))).toEqual(["account.view", "invoices.pay", "invoices.view"]);
  });

  it("ignores keys in the database that the catalog does not know", () => {
    const fromDb = ["support.open", "admin.everything", "ownership.transfer", "account.close", "toString", ""];
    expect(sorted(resolvePermissions({ ...noGrant, customPermissions: fromDb }, false))).toEqual(["account.view", "support.open", "support.view"]);
    expect(sorted(resolvePermissions({ ...noGrant, profilePermissions: fromDb }, false))).toEqual(["account.view", "support.open", "support.view"]);
    expect(knownKeys(fromDb)).toEqual(["support.open"]);
  });
});

describe("grants from forms", () => {
  it("parses a comma-separated list, trims and deduplicates it", () => {
    expect(ZPermissionList.parse(" users.manage, support.open ,users.manage,")).toEqual(["users.manage", "support.open"]);
    expect(ZPermissionList.parse(undefined)).toEqual([]);
    expect(ZPermissionList.parse("")).toEqual([]);
  });

  it.each(["users.manage,admin.everything", "ownership.transfer", "account.close", "toString"])("refuses an unknown key (%s) with permissionUnknown", (value) => {
    const result = ZPermissionList.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["permissionUnknown"]);
  });

  it("refuses a missing profile with profileRequired", () => {
    const result = ZGrantFields.profile.safeParse("");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["profileRequired"]);
  });

  it("turns the profile field into a grant", () => {
    const id = "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d";
    expect(toGrant({ profile: "BILLING", permissions: ["users.manage"] })).toEqual({ type: "built-in", profile: "BILLING" });
    expect(toGrant({ profile: "custom", permissions: ["support.open"] })).toEqual({ type: "custom", permissions: ["support.open"] });
    expect(toGrant({ profile: "custom", permissions: [] })).toEqual({ type: "custom", permissions: [] });
    expect(toGrant({ profile: `named:${id}`, permissions: [] })).toEqual({ type: "named", profileId: id });
  });

  it.each(["OWNER", "named:", "named:not-a-uuid", "toString", "super_administrator", "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d"])("names nothing with profile %s", (profile) => {
    expect(toGrant({ profile, permissions: [] })).toBeNull();
  });

  it("stores a grant in exactly one column and reads it back", () => {
    const id = "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d";
    const grants: [Grant, Grant, Grant] = [
      { type: "built-in", profile: "TECHNICIAN" },
      { type: "named", profileId: id },
      { type: "custom", permissions: ["emails.view"] },
    ];
    expect(grantColumns(grants[0])).toEqual({ builtInProfile: "TECHNICIAN", profileId: null, customPermissions: [] });
    expect(grantColumns(grants[1])).toEqual({ builtInProfile: null, profileId: id, customPermissions: [] });
    expect(grantColumns(grants[2])).toEqual({ builtInProfile: null, profileId: null, customPermissions: ["emails.view"] });
    for (const grant of grants) expect(grantFromColumns(grantColumns(grant))).toEqual(grant);
    expect(grantFromColumns({ builtInProfile: null, profileId: null, customPermissions: ["emails.view", "gone.key"] })).toEqual({ type: "custom", permissions: ["emails.view"] });
  });

  it("counts a grant's keys with their implications, a named profile by its keys", () => {
    expect(sorted(grantPermissions({ type: "custom", permissions: ["users.manage"] }, null))).toEqual(["account.view", "users.manage", "users.view"]);
    expect(sorted(grantPermissions({ type: "named", profileId: "x" }, ["invoices.pay"]))).toEqual(["account.view", "invoices.pay", "invoices.view"]);
    expect(sorted(grantPermissions({ type: "built-in", profile: "JUNIOR_TECHNICIAN" }, null))).toEqual(sorted(BUILT_IN_PROFILES.JUNIOR_TECHNICIAN));
  });
});

describe("profileRef", () => {
  it("shows the owner as owner, then built-in, named, custom", () => {
    expect(profileRef({ isOwner: true, builtInProfile: "BILLING", profileName: null })).toEqual({ type: "owner" });
    expect(profileRef({ isOwner: false, builtInProfile: "BILLING", profileName: null })).toEqual({ type: "built-in", id: "BILLING" });
    expect(profileRef({ isOwner: false, builtInProfile: null, profileName: "Bookkeeping" })).toEqual({ type: "named", name: "Bookkeeping" });
    expect(profileRef({ isOwner: false, builtInProfile: null, profileName: null })).toEqual({ type: "custom" });
  });
});
