import { expect, test } from "./support/api-test";

/**
 * What every endpoint's door refuses, over real HTTP: never a 500, always a problem document
 * the served OpenAPI document describes (the harness checks each answer against it).
 */

const account = { kind: "COMPANY", legalName: "Door Test, S.L.", currency: "EUR", address: { line1: "Calle Mayor 1", city: "Madrid", postcode: "28013", country: "ES" }, owner: { email: "nobody-door@e2e.example" } };

test("malformed, non-JSON and unknown-field bodies are 4xx problems and create nothing", async ({ api }) => {
  const malformed = await api.call<{ type: string }>("POST", "/accounts", { rawBody: '{"kind": "COMPANY",' });
  expect(malformed.status).toBe(400);
  expect(malformed.body.type).toBe("urn:client-area:problem:malformed-body");

  const plainText = await api.call<{ type: string }>("POST", "/accounts", { rawBody: JSON.stringify(account), headers: { "content-type": "text/plain" } });
  expect(plainText.status).toBe(415);

  const unknownField = await api.post<{ errors: { field: string }[] }>("/accounts", { ...account, colour: "blue" });
  expect(unknownField.status).toBe(422);
  expect(unknownField.body.errors.map((error) => error.field)).toEqual(["colour"]);

  // Refused in front of the API (the proxy) and still said as problem documents: a body over
  // 1 MB by its declared length, and a write from another site's page.
  const oversized = await api.call<{ type: string }>("POST", "/accounts", { rawBody: JSON.stringify({ ...account, padding: "x".repeat(1024 * 1024) }) });
  expect(oversized.status).toBe(413);
  expect(oversized.headers["content-type"]).toBe("application/problem+json");
  expect(oversized.body.type).toBe("urn:client-area:problem:body-too-large");
  const crossSite = await api.call<{ type: string }>("POST", "/accounts", { body: account, headers: { origin: "https://attacker.example" } });
  expect(crossSite.status).toBe(403);
  expect(crossSite.body.type).toBe("urn:client-area:problem:cross-site");

  const none = await api.get<{ data: unknown[] }>(`/accounts?q=${encodeURIComponent("Door Test, S.L.")}`);
  expect(none.body.data).toEqual([]);
});

test("ids of the wrong shape are 404 on every kind of resource, and the document is served to anyone", async ({ api, request }) => {
  for (const path of ["/accounts/42", "/invoices/not-an-id", "/services/0", "/domains/x", "/tickets/1", "/webhooks/abc"]) {
    expect((await api.get(path)).status, path).toBe(404);
  }
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
