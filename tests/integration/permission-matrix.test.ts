/**
 * The permission matrix, generated from the catalog: every account action and every page of
 * the account area, for every built-in profile and the owner, against a real membership in
 * the database. A new action without a requirement, or a page folder without a rule, fails.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SECTIONS } from "@/lib/permissions/account-sections";
import { authorizeAccount, type Requirement } from "@/lib/permissions/account-access";
import { BUILT_IN_PROFILES, BUILT_IN_PROFILE_NAMES, type BuiltInProfile } from "@/lib/permissions/built-in-profiles";
import { OWNER_ONLY_ACTIONS, isPermissionKey, withImplied } from "@/lib/permissions/catalog";
import { addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { failureCode } from "../support/errors";

const ACCOUNT_AREA = path.join(import.meta.dirname, "../../app/(app)/accounts/[accountId]");

/** Every actions.ts under the account area, found on disk: a new module is covered without editing this file. */
function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? actionFiles(path.join(dir, entry.name)) : entry.name === "actions.ts" ? [path.join(dir, entry.name)] : [],
  );
}
const ACTION_MODULES = Object.fromEntries(
  await Promise.all(actionFiles(ACCOUNT_AREA).map(async (file) => [path.relative(ACCOUNT_AREA, file), (await import(file)) as Record<string, unknown>] as const)),
);

type Subject = { label: string; user: Awaited<ReturnType<typeof addMember>>["user"]; holds: (requirement: Requirement) => boolean };

let accountId: string;
const subjects: Subject[] = [];

beforeAll(async () => {
  const { account, owner } = await createAccountWithOwner();
  accountId = account.id;
  subjects.push({ label: "owner", user: owner, holds: () => true });
  for (const profile of BUILT_IN_PROFILE_NAMES) {
    const { user } = await addMember(accountId, { builtInProfile: profile });
    subjects.push({ label: profile, user, holds: (requirement) => profileHolds(profile, requirement) });
  }
  const { user } = await addMember(accountId, {});
  subjects.push({ label: "no grant", user, holds: (requirement) => requirement === "account.view" });
});

/** What the spec's table says, from the profile's keys and their implications; owner-only actions never; a list needs all. */
function profileHolds(profile: BuiltInProfile, requirement: Requirement): boolean {
  if (Array.isArray(requirement)) return requirement.every((single) => profileHolds(profile, single));
  if (typeof requirement === "object" && "anyOf" in requirement) return requirement.anyOf.some((single) => profileHolds(profile, single));
  if ((OWNER_ONLY_ACTIONS as readonly string[]).includes(requirement as string)) return false;
  return withImplied(BUILT_IN_PROFILES[profile]).has(requirement as never);
}

async function expectMatrix(requirement: Requirement) {
  const outcomes: Record<string, string> = {};
  const expected: Record<string, string> = {};
  for (const subject of subjects) {
    outcomes[subject.label] = await failureCode(authorizeAccount(currentUser(subject.user), accountId, requirement));
    expected[subject.label] = subject.holds(requirement) ? "did not fail" : "forbidden";
  }
  expect(outcomes).toEqual(expected);
  expect(outcomes.owner).toBe("did not fail");
}

function isRequirement(value: unknown): value is Requirement {
  if (Array.isArray(value)) return value.length > 0 && value.every(isRequirement);
  if (typeof value === "object" && value !== null && "anyOf" in value) {
    const keys = (value as { anyOf: unknown }).anyOf;
    return Array.isArray(keys) && keys.length > 0 && keys.every((key) => typeof key === "string" && isPermissionKey(key));
  }
  return typeof value === "string" && (isPermissionKey(value) || (OWNER_ONLY_ACTIONS as readonly string[]).includes(value));
}

const actions = Object.entries(ACTION_MODULES).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).map(([name, value]) => ({ id: `${module}#${name}`, value })),
);

describe("account actions", () => {
  it("are all found (the modules were read)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(7);
  });

  it.each(actions)("$id carries a requirement from the catalog", ({ value }) => {
    expect(typeof value).toBe("function");
    expect(isRequirement((value as { requirement?: unknown }).requirement)).toBe(true);
  });

  it.each(actions)("$id: allowed exactly for the profiles that hold its requirement, owner always", async ({ value }) => {
    const requirement = (value as { requirement?: unknown }).requirement;
    if (!isRequirement(requirement)) throw new Error("no requirement");
    await expectMatrix(requirement);
  });
});

describe("owner-only actions", () => {
  it.each([...OWNER_ONLY_ACTIONS])("%s: the owner alone, even over a Super administrator", async (requirement) => {
    await expectMatrix(requirement);
  });
});

describe("account area pages", () => {
  it.each(ACCOUNT_SECTIONS.map((section) => ({ ...section, page: `/${section.segment}` })))("$page: allowed exactly for the profiles that hold $requirement", async ({ requirement }) => {
    await expectMatrix(requirement);
  });

  it("the order pages open for services.order or domains.order, and for neither not at all", async () => {
    const ordering = ACCOUNT_SECTIONS.filter((section) => ["order", "cart", "orders", "orders/[orderId]"].includes(section.segment));
    expect(ordering.map((section) => section.requirement)).toEqual(Array(4).fill({ anyOf: ["services.order", "domains.order"] }));
    const { user } = await addMember(accountId, { builtInProfile: "BILLING" });
    expect(await failureCode(authorizeAccount(currentUser(user), accountId, ordering[0]!.requirement))).toBe("forbidden");
  });

  it("the spec's pages keep the spec's requirement (users: users.view, activity: audit.view)", () => {
    const SPEC: Record<string, Requirement> = { "": "account.view", users: "users.view", activity: "audit.view", settings: "account.view" };
    const listed = Object.fromEntries(ACCOUNT_SECTIONS.map((section) => [section.segment, section.requirement]));
    expect(listed).toMatchObject(SPEC);
  });

  /** Route segments of every folder holding a page.tsx, relative to the account area; route groups do not count. */
  function pageSegments(dir: string, segments: string[] = []): string[] {
    const found = existsSync(path.join(dir, "page.tsx")) ? [segments.join("/")] : [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const routeSegment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
      found.push(...pageSegments(path.join(dir, entry.name), [...segments, ...routeSegment]));
    }
    return found;
  }

  it("every page folder of the account area is listed with a requirement, and every listed section has a page", () => {
    const pages = pageSegments(ACCOUNT_AREA).sort();
    const listed = ACCOUNT_SECTIONS.map((section) => section.segment as string).sort();
    expect(pages).toContain(""); // the walk found the overview, so it is reading the right folder
    expect(pages).toEqual(listed);
  });

  it.each(ACCOUNT_SECTIONS.map((section) => ({ ...section, file: path.join(section.segment, "page.tsx") })))("$file checks its own section's requirement", ({ segment }) => {
    const source = readFileSync(path.join(ACCOUNT_AREA, segment, "page.tsx"), "utf8");
    expect(source).toContain(`requireAccountPage(accountId, sectionRequirement(${JSON.stringify(segment)}))`);
  });
});
