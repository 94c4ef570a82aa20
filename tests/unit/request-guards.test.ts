import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refuseUnsafeRequest, type RequestFacts } from "@/lib/http/request-guards";

const post = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({
  method: "POST",
  origin: "http://localhost:3000",
  host: "localhost:3000",
  forwardedHost: null,
  contentLength: "120",
  transferEncoding: null,
  ...overrides,
});

describe("refuseUnsafeRequest", () => {
  it("lets a same-site form post through, and a post without Origin (Next decides as before)", () => {
    expect(refuseUnsafeRequest(post())).toBeNull();
    expect(refuseUnsafeRequest(post({ origin: null }))).toBeNull();
    expect(refuseUnsafeRequest(post({ origin: "https://client.hosting.example", host: "internal:3000", forwardedHost: "client.hosting.example" }))).toBeNull();
  });

  it.each(["https://evil.example", "http://localhost:3001", "null", "not a url", ""])("refuses Origin %j from another site with 403", (origin) => {
    expect(refuseUnsafeRequest(post({ origin }))).toMatchObject({ status: 403 });
  });

  it("compares with the first forwarded host, as Next does", () => {
    expect(refuseUnsafeRequest(post({ origin: "https://evil.example", forwardedHost: "client.hosting.example, evil.example" }))).toMatchObject({ status: 403 });
  });

  it("refuses a body over the server actions' limit with 413, and one of undeclared length with 411", () => {
    expect(refuseUnsafeRequest(post({ contentLength: String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(refuseUnsafeRequest(post({ contentLength: String(ACTION_BODY_LIMIT_BYTES + 1) }))).toMatchObject({ status: 413 });
    expect(refuseUnsafeRequest(post({ contentLength: null, transferEncoding: "chunked" }))).toMatchObject({ status: 411 });
    expect(refuseUnsafeRequest(post({ contentLength: "-1" }))).toMatchObject({ status: 411 });
  });

  it("leaves reads alone", () => {
    expect(refuseUnsafeRequest(post({ method: "GET", origin: "https://evil.example", contentLength: "999999999" }))).toBeNull();
    expect(refuseUnsafeRequest(post({ method: "HEAD", origin: "https://evil.example" }))).toBeNull();
  });
});
