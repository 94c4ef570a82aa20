import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/", "/user?tab=1", "/user/security", "/accounts/3c1e/invoices?status=unpaid", "/invite/abc"])("keeps the app's own page %s", (value) => {
    expect(safeCallbackUrl(value)).toBe(value);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "/\r/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example/accounts/x",
    "\t//evil.example",
    " //evil.example",
    "/\\/evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "",
    null,
    undefined,
  ])("refuses %j, which a browser would take off the site", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it.each(["/api/auth/signout", "/dev/mailbox", "/favicon.ico", "/demo-panel", "/accounts"])("refuses %s, which is not a page to return to", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("returns a normalised path with no raw control characters", () => {
    const result = safeCallbackUrl("/user/\u0007x\u0000?a=\u001f#\r\nSet-Cookie:x");
    expect(result.startsWith("/user/")).toBe(true);
    expect(result).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it("accepts a full URL only on the app's own origin", () => {
    expect(safeCallbackUrl("http://localhost:3000/user", "/", "http://localhost:3000")).toBe("/user");
    expect(safeCallbackUrl("http://localhost:3001/user", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("/sign-in?signedOut=1", "/", "http://localhost:3000")).toBe("/sign-in?signedOut=1");
  });
});
