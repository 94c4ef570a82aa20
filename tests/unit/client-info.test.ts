import { afterEach, describe, expect, it, vi } from "vitest";
import { clientInfo, clientIp, deviceLabel } from "@/lib/http/client-info";

const CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

afterEach(() => vi.unstubAllEnvs());

describe("clientIp", () => {
  it("is null without X-Forwarded-For", () => {
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp({ "x-forwarded-for": "" })).toBeNull();
    expect(clientIp({ "x-forwarded-for": " , " })).toBeNull();
  });

  it("takes the entry the one trusted proxy appended, not what the client wrote before it", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("counts TRUSTED_PROXY_HOPS entries from the right", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" })).toBe("203.0.113.7");
    // Fewer entries than hops: the leftmost is the best there is.
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
  });

  it.each(["0", "-1", "1.5", "many"])("falls back to one hop when TRUSTED_PROXY_HOPS is %j", (hops) => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).toBe("203.0.113.7");
  });

  it("reads repeated headers, drops the IPv4-mapped prefix and keeps IPv6 as it is", () => {
    expect(clientIp({ "x-forwarded-for": ["6.6.6.6", "::ffff:203.0.113.7"] })).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
  });

  it("caps what it keeps at 64 characters", () => {
    expect(clientIp({ "x-forwarded-for": "x".repeat(200) })).toHaveLength(64);
  });
});

describe("deviceLabel", () => {
  it.each([
    [CHROME_WINDOWS, "Chrome 142 on Windows"],
    [FIREFOX_LINUX, "Firefox 133 on Linux"],
    [SAFARI_IPHONE, "Safari 17 on iOS"],
    ["curl/8.5.0", "Unknown device"],
    ["", "Unknown device"],
  ])("names %j as %j", (userAgent, label) => {
    expect(deviceLabel(userAgent)).toBe(label);
  });
});

describe("clientInfo", () => {
  it("puts IP, user agent and device label together, the user agent capped at 500 characters", () => {
    expect(clientInfo(new Headers({ "x-forwarded-for": "203.0.113.7", "user-agent": FIREFOX_LINUX }))).toEqual({
      ip: "203.0.113.7",
      userAgent: FIREFOX_LINUX,
      device: "Firefox 133 on Linux",
    });
    expect(clientInfo({ "user-agent": `${FIREFOX_LINUX} ${"x".repeat(600)}` }).userAgent).toHaveLength(500);
    expect(clientInfo({})).toEqual({ ip: null, userAgent: "", device: "Unknown device" });
  });
});
