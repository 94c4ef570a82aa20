import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { keysetQuery } from "@/lib/pagination/keyset";
import { parseSearch, containsText } from "@/lib/pagination/search";

const ID = "01936f8e-7c2a-7d3e-9f10-2b3c4d5e6f70";
const OTHER_ID = "01936f8e-7c2a-7d3e-9f10-2b3c4d5e6f71";
const raw = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

describe("list cursors", () => {
  it("round-trip the sort key and id of each kind, as URL-safe text", () => {
    const date = new Date("2026-11-30T10:11:12.345Z");
    const cursors = [encodeCursor({ key: date, id: ID }), encodeCursor({ key: "Web Hosting Pro “ü” 100%", id: ID }), encodeCursor({ key: 104233, id: ID })];
    for (const cursor of cursors) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursors[0], "date")).toEqual({ key: date, id: ID });
    expect(decodeCursor(cursors[1], "string")).toEqual({ key: "Web Hosting Pro “ü” 100%", id: ID });
    expect(decodeCursor(cursors[2], "int")).toEqual({ key: 104233, id: ID });
  });

  it("give the first page (null) for anything that is not one of ours", () => {
    const good = encodeCursor({ key: "VPS M", id: ID });
    const tampered = [
      undefined,
      "",
      ["a", "b"],
      good.slice(0, -3),
      `${good}=`,
      "not base64 at all!",
      "%27%20OR%201%3D1",
      raw(["VPS M", "not-a-uuid"]),
      raw(["VPS M", `${ID}' OR '1'='1`]),
      raw(["VPS M"]),
      raw(["VPS M", ID, "extra"]),
      raw({ key: "VPS M", id: ID }),
      raw([{ gt: "" }, ID]),
      raw(["x".repeat(301), ID]),
      "A".repeat(1_001),
      Buffer.from("{not json", "utf8").toString("base64url"),
    ];
    for (const value of tampered) expect(decodeCursor(value, "string")).toBeNull();
  });

  it("refuse a key of another kind than the list's (a cursor carried to another list)", () => {
    expect(decodeCursor(encodeCursor({ key: "VPS M", id: ID }), "date")).toBeNull();
    expect(decodeCursor(encodeCursor({ key: 12, id: ID }), "string")).toBeNull();
    expect(decodeCursor(encodeCursor({ key: new Date(), id: ID }), "int")).toBeNull();
    expect(decodeCursor(raw(["2026-13-45T99:00:00Z", ID]), "date")).toBeNull();
    expect(decodeCursor(raw([1.5, ID]), "int")).toBeNull();
  });
});

describe("the keyset condition", () => {
  it("is the filter alone on the first page, and 'after (key, id)' in the order's direction after it", () => {
    const filter = { accountId: "a" };
    const first = keysetQuery(filter, { field: "productName", kind: "string", direction: "asc" }, null);
    expect(first).toEqual({ where: filter, orderBy: [{ productName: "asc" }, { id: "asc" }] });
    const after = keysetQuery(filter, { field: "createdAt", kind: "date", direction: "desc" }, { key: new Date(0), id: OTHER_ID });
    expect(after.orderBy).toEqual([{ createdAt: "desc" }, { id: "desc" }]);
    expect(after.where).toEqual({
      AND: [filter, { AND: [{ createdAt: { lte: new Date(0) } }, { OR: [{ createdAt: { lt: new Date(0) } }, { createdAt: new Date(0), id: { lt: OTHER_ID } }] }] }],
    });
  });
});

describe("the keyset condition on two columns", () => {
  it("is (a, b, id) after (x, y, z): a > x, or a = x and b > y, or a = x, b = y and id > z", () => {
    const order = { field: "lastName", then: "firstName", kind: "stringPair", direction: "asc" } as const;
    const cursor = decodeCursor(encodeCursor({ key: ["Ruiz", "Ana"], id: ID }), "stringPair");
    expect(cursor).toEqual({ key: ["Ruiz", "Ana"], id: ID });
    const query = keysetQuery({ accountId: "a" }, order, cursor);
    expect(query.orderBy).toEqual([{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }]);
    expect(query.where).toEqual({
      AND: [
        { accountId: "a" },
        {
          AND: [
            { lastName: { gte: "Ruiz" } },
            { OR: [{ lastName: { gt: "Ruiz" } }, { lastName: "Ruiz", firstName: { gt: "Ana" } }, { lastName: "Ruiz", firstName: "Ana", id: { gt: ID } }] },
          ],
        },
      ],
    });
    expect(decodeCursor(encodeCursor({ key: "Ruiz", id: ID }), "stringPair")).toBeNull();
    expect(decodeCursor(raw([["Ruiz", 1], ID]), "stringPair")).toBeNull();
  });
});

describe("list searches", () => {
  it("trim, ignore empty input and refuse control characters", () => {
    expect(parseSearch("  vps  ")).toEqual({ term: "vps", valid: true });
    expect(parseSearch("   ")).toEqual({ term: undefined, valid: true });
    expect(parseSearch(undefined)).toEqual({ term: undefined, valid: true });
    expect(parseSearch(["a", "b"])).toEqual({ term: undefined, valid: true });
    expect(parseSearch("a\u0000b")).toEqual({ term: undefined, valid: false });
    expect(parseSearch("x".repeat(300)).term).toHaveLength(100);
  });

  it("match wildcards and the escape character literally", () => {
    expect(containsText("100%_\\x")).toEqual({ contains: "100\\%\\_\\\\x", mode: "insensitive" });
  });
});
