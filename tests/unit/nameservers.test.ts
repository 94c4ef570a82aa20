import { describe, expect, it } from "vitest";
import { isValidHostName, parseNameservers } from "@/lib/domains/nameservers";

describe("nameserver host names", () => {
  it.each(["ns1.example.com", "a.b", "ns-1.dns-provider.example", "x1.co", `${"a".repeat(63)}.example`])("accepts %s", (host) => {
    expect(isValidHostName(host)).toBe(true);
  });

  it.each([
    ["one label", "localhost"],
    ["an empty label", "ns1..example.com"],
    ["a leading hyphen", "-ns1.example.com"],
    ["a trailing hyphen", "ns1-.example.com"],
    ["an underscore", "ns_1.example.com"],
    ["a label of 64", `${"a".repeat(64)}.example`],
    ["254 characters", `${"a.".repeat(126)}ab`],
    ["upper case (parse lower-cases first)", "NS1.example.com"],
    ["a space", "ns1 .example.com"],
    ["a slash", "ns1.example.com/x"],
    ["nothing", ""],
  ])("refuses %s", (_why, host) => {
    expect(isValidHostName(host)).toBe(false);
  });

  it("takes 253 characters but not 254", () => {
    const host = `${"a".repeat(61)}.${"b".repeat(61)}.${"c".repeat(61)}.${"d".repeat(61)}.ex`;
    expect(host).toHaveLength(250);
    expect(isValidHostName(`${host}abc`)).toBe(true);
    expect(isValidHostName(`${host}abcd`)).toBe(false);
  });
});

describe("a typed list of nameservers", () => {
  it("reads one per line (or comma-separated), lower-cases and drops a final dot", () => {
    expect(parseNameservers("NS1.Example.com.\n\n  ns2.example.com  \r\nns3.example.com, ns4.example.com")).toEqual({
      ok: true,
      hosts: ["ns1.example.com", "ns2.example.com", "ns3.example.com", "ns4.example.com"],
    });
  });

  it("wants 2 to 13", () => {
    const hosts = (n: number) => Array.from({ length: n }, (_, i) => `ns${i + 1}.example.com`).join("\n");
    expect(parseNameservers(hosts(1))).toMatchObject({ ok: false, reason: "nameserversTooFew", values: { min: 2 } });
    expect(parseNameservers("")).toMatchObject({ ok: false, reason: "nameserversTooFew" });
    expect(parseNameservers(hosts(2))).toMatchObject({ ok: true });
    expect(parseNameservers(hosts(13))).toMatchObject({ ok: true });
    expect(parseNameservers(hosts(14))).toMatchObject({ ok: false, reason: "nameserversTooMany", values: { max: 13, count: 14 } });
  });

  it("names the first bad line and the host on it", () => {
    expect(parseNameservers("ns1.example.com\nns2.example.com\nns_3.example.com\nbad")).toEqual({ ok: false, reason: "nameserverInvalid", values: { line: 3, host: "ns_3.example.com" } });
  });

  it("refuses a host twice, also when only the case or final dot differs", () => {
    expect(parseNameservers("ns1.example.com\nns2.example.com\nNS1.example.com.")).toEqual({ ok: false, reason: "nameserverDuplicate", values: { line: 3, host: "ns1.example.com" } });
  });
});
