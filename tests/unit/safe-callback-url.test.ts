import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackUrl("/user?tab=1")).toBe("/user?tab=1");
  });

  it.each(["https://evil.example/", "//evil.example/path", "/\\evil.example", "javascript:alert(1)", "", null, undefined])(
    "refuses %s, which would redirect off the site",
    (value) => {
      expect(safeCallbackUrl(value)).toBe("/");
    },
  );
});
