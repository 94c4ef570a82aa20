import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_IP_HEADER_ENV, clientInfo, clientIp, deviceLabel, resolveClientIp, trustedProxyHops } from "@/lib/http/client-info";

const CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

afterEach(() => vi.unstubAllEnvs());

describe("resolveClientIp", () => {
  it("takes the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp({ socketAddress: "198.51.100.4", forwardedFor: "203.0.113.7", hops: 0 })).toBe("198.51.100.4");
    expect(resolveClientIp({ socketAddress: "::ffff:198.51.100.4", forwardedFor: undefined, hops: 0 })).toBe("198.51.100.4");
    expect(resolveClientIp({ socketAddress: "::1", forwardedFor: "1.1.1.1", hops: 0 })).toBe("::1");
  });

  it("takes the entry the one trusted proxy appended, not what the client wrote before it", () => {
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.7", hops: 1 })).toBe("203.0.113.7");
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.7", hops: 1 })).toBe("203.0.113.7");
  });

  it("counts the hops from the right", () => {
    expect(resolveClientIp({ socketAddress: "10.0.0.3", forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.2", hops: 2 })).toBe("203.0.113.7");
    // Fewer entries than hops: the leftmost is the best there is.
    expect(resolveClientIp({ socketAddress: "10.0.0.3", forwardedFor: "203.0.113.7", hops: 2 })).toBe("203.0.113.7");
    // A proxy that sent no header at all: its own address.
    expect(resolveClientIp({ socketAddress: "10.0.0.3", forwardedFor: " , ", hops: 1 })).toBe("10.0.0.3");
  });

  it("answers null for anything that is not an IP address", () => {
    expect(resolveClientIp({ socketAddress: undefined, forwardedFor: undefined, hops: 0 })).toBeNull();
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "x".repeat(200), hops: 1 })).toBeNull();
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "<script>", hops: 1 })).toBeNull();
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "2001:db8::1", hops: 1 })).toBe("2001:db8::1");
  });
});

describe("trustedProxyHops", () => {
  it("trusts no proxy unless told to", () => {
    expect(trustedProxyHops()).toBe(0);
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    expect(trustedProxyHops()).toBe(2);
  });

  it.each(["-1", "1.5", "many"])("trusts no proxy when TRUSTED_PROXY_HOPS is %j", (hops) => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
    expect(trustedProxyHops()).toBe(0);
  });
});

describe("clientIp", () => {
  it("reads only the header the app's server named at start, never X-Forwarded-For", () => {
    vi.stubEnv(CLIENT_IP_HEADER_ENV, "x-client-ip-test");
    expect(clientIp(new Headers({ "x-client-ip-test": "198.51.100.4", "x-forwarded-for": "6.6.6.6" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
  });

  it("is null when the app is served without that server: no address rather than a forged one", () => {
    vi.stubEnv(CLIENT_IP_HEADER_ENV, "");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6", "x-client-ip": "6.6.6.6" }))).toBeNull();
  });
});

describe("deviceLabel", () => {
  it.each([
    [CHROME_WINDOWS, "Chrome 142 · Windows"],
    [FIREFOX_LINUX, "Firefox 133 · Linux"],
    [SAFARI_IPHONE, "Safari 17 · iOS"],
    ["curl/8.5.0", ""],
    ["", ""],
  ])("names %j as %j", (userAgent, label) => {
    expect(deviceLabel(userAgent)).toBe(label);
  });
});

describe("clientInfo", () => {
  it("puts IP, user agent and device label together, the user agent capped at 500 characters", () => {
    vi.stubEnv(CLIENT_IP_HEADER_ENV, "x-client-ip-test");
    expect(clientInfo(new Headers({ "x-client-ip-test": "203.0.113.7", "user-agent": FIREFOX_LINUX }))).toEqual({
      ip: "203.0.113.7",
      userAgent: FIREFOX_LINUX,
      device: "Firefox 133 · Linux",
    });
    expect(clientInfo({ "user-agent": `${FIREFOX_LINUX} ${"x".repeat(600)}` }).userAgent).toHaveLength(500);
    expect(clientInfo({})).toEqual({ ip: null, userAgent: "", device: "" });
  });
});
