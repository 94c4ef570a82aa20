import { describe, expect, it } from "vitest";
import { currentLink } from "@/lib/navigation/current-link";
import { switchTarget } from "@/lib/navigation/switch-target";

const account = "/accounts/4f0c2a8e-0000-4000-8000-000000000001";
const sections = [account, `${account}/services`, `${account}/invoices`, `${account}/support`];

describe("the current link of a navigation", () => {
  it("is the section of the page, not the overview that is every section's parent", () => {
    expect(currentLink(account, sections)).toBe(account);
    expect(currentLink(`${account}/invoices`, sections)).toBe(`${account}/invoices`);
    expect(currentLink(`${account}/invoices/9a1b`, sections)).toBe(`${account}/invoices`);
    expect(currentLink(`${account}/support/new`, sections)).toBe(`${account}/support`);
  });

  it("needs a whole path segment and is none when no link leads here", () => {
    expect(currentLink(`${account}/servicesx`, sections)).toBe(account);
    expect(currentLink("/user/accounts/new", ["/user", "/user/accounts", "/user/security"])).toBe("/user/accounts");
    expect(currentLink("/user", ["/user", "/user/accounts"])).toBe("/user");
    expect(currentLink(`${account}/users`, ["/user", "/user/accounts"])).toBeNull();
  });
});

describe("the account switcher's target", () => {
  const other = "7d3e1f00-0000-4000-8000-000000000002";
  it("keeps the section when it is open to the person in the other account", () => {
    expect(switchTarget({ pathname: `${account}/invoices`, targetId: other, targetSections: ["invoices"] })).toBe(`/accounts/${other}/invoices`);
    expect(switchTarget({ pathname: `${account}/invoices/9a1b`, targetId: other, targetSections: ["invoices"] })).toBe(`/accounts/${other}/invoices`);
  });

  it("goes to the overview when the section is closed to them there, or from the overview", () => {
    expect(switchTarget({ pathname: `${account}/users`, targetId: other, targetSections: ["invoices"] })).toBe(`/accounts/${other}`);
    expect(switchTarget({ pathname: account, targetId: other, targetSections: ["invoices"] })).toBe(`/accounts/${other}`);
  });
});
