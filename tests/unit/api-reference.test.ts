import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi/document";
import { API_OPERATIONS } from "@/lib/api/operations";
import { PROBLEMS } from "@/lib/api/problem";
import { objectProperties, operationsByTag, problemTypes, typeLabel, webhooksOf } from "@/lib/api/openapi/reference";

const document = openApiDocument("http://localhost:3000");

describe("the reference page's reading of the OpenAPI document", () => {
  it("lists every operation once, under its tag, with its scope and whether it takes an Idempotency-Key", () => {
    const listed = operationsByTag(document).flatMap(({ tag, operations }) => operations.map((operation) => ({ tag, ...operation })));
    expect(listed.map((operation) => operation.operationId).sort()).toEqual(API_OPERATIONS.map((operation) => operation.operationId).sort());
    for (const operation of API_OPERATIONS) {
      const shown = listed.find((entry) => entry.operationId === operation.operationId)!;
      expect(shown).toMatchObject({ tag: operation.tag, method: operation.method, path: operation.path, scope: operation.scope, idempotent: !!operation.idempotent });
      expect(shown.requestBody !== null).toBe(!!operation.body);
      expect(shown.responses.map((response) => response.status)).toContain(String(operation.response.status));
    }
  });

  it("names every problem type with its status and title", () => {
    expect(problemTypes()).toHaveLength(Object.keys(PROBLEMS).length);
    expect(problemTypes()).toContainEqual({ type: "urn:client-area:problem:idempotency-key-reused", status: 422, title: PROBLEMS["idempotency-key-reused"].title });
  });

  it("reads webhooks, when the document has them", () => {
    const payload = { type: "object", properties: { id: { type: "string" } } };
    expect(webhooksOf({ ...document, webhooks: { "account.created": { post: { summary: "An account was created", requestBody: { content: { "application/json": { schema: payload } } } } } } })).toEqual([
      { name: "account.created", summary: "An account was created", description: null, payload },
    ]);
    expect(webhooksOf({ ...document, webhooks: undefined })).toEqual([]);
  });

  it("writes types a person reads", () => {
    expect(typeLabel({ anyOf: [{ type: "string", maxLength: 40 }, { type: "null" }] })).toBe("string (≤ 40 chars), nullable");
    expect(typeLabel({ type: "array", items: { $ref: "#/components/schemas/Account" } })).toBe("array of Account");
    expect(typeLabel({ type: "string", enum: ["ACTIVE", "SUSPENDED"] })).toBe('"ACTIVE" | "SUSPENDED"');
    expect(typeLabel({ type: "integer", minimum: 1 })).toBe("integer (≥ 1)");
    expect(objectProperties({ anyOf: [{ type: "object", properties: { a: { type: "string" } }, required: ["a"] }, { type: "null" }] })?.required.has("a")).toBe(true);
  });
});
