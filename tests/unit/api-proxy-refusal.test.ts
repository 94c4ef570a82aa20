import { describe, expect, it } from "vitest";
import { apiRefusal, apiUnavailable, isApiPath } from "@/lib/api/proxy-refusal";
import { refuseUnsafeRequest } from "@/lib/http/request-guards";

const write = { method: "POST", origin: null, host: "app.example", forwardedHost: null, contentLength: "10", transferEncoding: null };

describe("the proxy's refusals of an API request", () => {
  it("are the API's problem documents, each with its own type", async () => {
    const cases = [
      [{ ...write, contentLength: String(2 * 1024 * 1024) }, 413, "body-too-large"],
      [{ ...write, contentLength: null, transferEncoding: "chunked" }, 411, "length-required"],
      [{ ...write, origin: "https://attacker.example" }, 403, "cross-site"],
    ] as const;
    for (const [facts, status, type] of cases) {
      const response = apiRefusal(refuseUnsafeRequest(facts)!);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ type: `urn:client-area:problem:${type}`, status });
    }
  });

  it("while the database is down, a 503 problem with Retry-After", async () => {
    const response = apiUnavailable();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("10");
    expect((await response.json()).type).toBe("urn:client-area:problem:unavailable");
  });

  it("apply under /api/v1/ only", () => {
    expect(isApiPath("/api/v1/accounts")).toBe(true);
    expect(isApiPath("/api/v1")).toBe(false);
    expect(isApiPath("/api/health")).toBe(false);
    expect(isApiPath("/accounts/api/v1/x")).toBe(false);
  });
});
