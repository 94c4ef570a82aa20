import { expect, test } from "@playwright/test";
import { ACTION_BODY_LIMIT_BYTES } from "../../lib/http/request-guards";

// A server action is a POST to a page with a Next-Action header; the id does not matter here,
// as these are refused before any action is looked up.
const ACTION_HEADERS = { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" };

test("a server action posted from another site is refused with 403, not a server error", async ({ request }) => {
  for (const origin of ["https://evil.example", "null"]) {
    const response = await request.post("/sign-up", { headers: { ...ACTION_HEADERS, Origin: origin }, data: "[]" });
    expect(response.status(), origin).toBe(403);
  }
});

test("a body over the server actions' limit is refused with 413, not a server error", async ({ request, baseURL }) => {
  const response = await request.post("/sign-up", {
    headers: { ...ACTION_HEADERS, Origin: new URL(baseURL!).origin },
    data: "x".repeat(ACTION_BODY_LIMIT_BYTES + 1),
  });
  expect(response.status()).toBe(413);
});
