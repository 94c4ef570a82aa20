import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { APIRequestContext } from "@playwright/test";

type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>; components: { schemas: Record<string, object> } };

let served: Promise<{ document: Document; ajv: Ajv2020 }> | undefined;

/** The OpenAPI document as the app serves it (fetched once per worker), with a validator that knows its components. */
function servedDocument(request: APIRequestContext) {
  return (served ??= (async () => {
    const response = await request.get("/api/v1/openapi.json");
    if (!response.ok()) throw new Error(`openapi.json answered ${response.status()}`);
    const document = (await response.json()) as Document;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "openapi", components: document.components });
    return { document, ajv };
  })());
}

/** "/api/v1/accounts/0199…" → the document's "/accounts/{accountId}" for this method. */
function matchPath(document: Document, method: string, pathname: string) {
  const path = pathname.replace(/^\/api\/v1/, "");
  for (const [template, operations] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(path) && operations[method]) return { template, operation: operations[method] };
  }
  return null;
}

/**
 * The contract test: every answer an API test receives must be described by the served
 * OpenAPI document (its status listed for the operation, its body valid against that
 * status's schema), so the document cannot drift from the code. Throws with the
 * validator's errors otherwise.
 */
export async function assertMatchesDocument(request: APIRequestContext, input: { method: string; url: string; status: number; contentType: string; body: unknown }) {
  const { document, ajv } = await servedDocument(request);
  const { pathname } = new URL(input.url, "http://localhost");
  const matched = matchPath(document, input.method.toLowerCase(), pathname);
  if (!matched) throw new Error(`The OpenAPI document has no ${input.method} ${pathname}`);
  const described = matched.operation.responses[String(input.status)];
  if (!described) throw new Error(`The OpenAPI document does not list status ${input.status} for ${input.method} ${matched.template}`);
  const mediaType = input.contentType.split(";")[0]!.trim();
  const content = described.content?.[mediaType];
  if (!content) throw new Error(`The OpenAPI document has no ${mediaType} answer for ${input.status} on ${input.method} ${matched.template}`);
  if (!mediaType.endsWith("json")) return;
  // Refs point at #/components/…: resolve them inside the schema registered as "openapi".
  const schema = JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', '"openapi#/components/'));
  const validate = ajv.compile(schema);
  if (!validate(input.body)) {
    throw new Error(`${input.method} ${pathname} → ${input.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(input.body).slice(0, 2000)}`);
  }
}
