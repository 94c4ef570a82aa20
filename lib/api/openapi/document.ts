import { z } from "zod";
import { API_OPERATIONS } from "../operations";
import type { ApiOperation } from "../operation";
import { PROBLEM_TYPE_BASE, PROBLEMS, type ProblemType } from "../problem";
import { API_SCOPES } from "../scopes";
import { WEBHOOK_EVENTS_DOCUMENT } from "./webhook-events";

type JsonSchema = Record<string, unknown>;

/** Problems the door itself can answer on every operation. */
const DOOR_PROBLEMS: ProblemType[] = ["unauthorized", "network-not-allowed", "missing-scope", "invalid-input", "rate-limited", "server-error", "unavailable"];
// The proxy's refusals of a write (lib/http/request-guards.ts) apply to every request with a body.
const BODY_PROBLEMS: ProblemType[] = ["malformed-body", "body-too-large", "unsupported-media-type", "cross-site", "length-required"];
const IDEMPOTENCY_PROBLEMS: ProblemType[] = ["idempotency-key-reused", "idempotency-in-progress"];

/**
 * Converts one zod schema to JSON Schema 2020-12 (OpenAPI 3.1's dialect). Schemas with a
 * `.meta({ id })` become shared components; requests are described as they are sent (input),
 * answers as they are written (output).
 */
function toSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const converted = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const { $schema: _dialect, $defs, ...rest } = converted;
  void _dialect;
  // zod refers to shared schemas as #/$defs/<id>; the document keeps them under components.
  const relink = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [id, definition] of Object.entries($defs ?? {})) components[id] ??= relink(definition);
  return relink(rest);
}

function problemResponse(types: ProblemType[]) {
  return {
    description: types.map((type) => `\`${type}\`: ${PROBLEMS[type].title}`).join(" "),
    content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
  };
}

function operationObject(operation: ApiOperation, components: Record<string, JsonSchema>) {
  const parameters: JsonSchema[] = [];
  const addParameters = (schema: z.ZodObject | undefined, place: "path" | "query") => {
    if (!schema) return;
    const described = toSchema(schema, "input", components) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(described.properties ?? {})) {
      parameters.push({ name, in: place, required: place === "path" || (described.required ?? []).includes(name), schema: property, ...(property.description ? { description: property.description } : {}) });
    }
  };
  addParameters(operation.params, "path");
  addParameters(operation.query, "query");
  if (operation.idempotent) {
    parameters.push({ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 1, maxLength: 255 }, description: "The same key and body within 24 hours answer the first response again and create nothing more." });
  }

  const problems = [...DOOR_PROBLEMS, ...(operation.body ? BODY_PROBLEMS : []), ...(operation.idempotent ? IDEMPOTENCY_PROBLEMS : []), ...(operation.problems ?? []), ...(operation.params ? (["not-found"] as const) : [])];
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of new Set(problems)) byStatus.set(PROBLEMS[type].status, [...(byStatus.get(PROBLEMS[type].status) ?? []), type]);

  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: [{ apiKey: [operation.scope] }],
    "x-scope": operation.scope,
    ...(parameters.length ? { parameters } : {}),
    // A body whose schema takes "nothing" (suspend's optional reason) may be left out.
    ...(operation.body ? { requestBody: { required: !operation.body.safeParse(undefined).success, content: { "application/json": { schema: toSchema(operation.body, "input", components) } } } } : {}),
    responses: {
      [operation.response.status]: { description: "Success.", content: responseContent(operation, components) },
      ...Object.fromEntries([...byStatus].sort(([a], [b]) => a - b).map(([status, types]) => [status, problemResponse(types)])),
    },
  };
}

function responseContent(operation: ApiOperation, components: Record<string, JsonSchema>) {
  const meta = operation.response.schema.meta() as { contentType?: string } | undefined;
  const type = meta?.contentType ?? "application/json";
  return { [type]: { schema: type === "application/json" ? toSchema(operation.response.schema, "output", components) : { type: "string", contentMediaType: type } } };
}

/** The OpenAPI 3.1 document of /api/v1, built from the operations' own schemas. */
export function openApiDocument(serverUrl: string) {
  const components: Record<string, JsonSchema> = {
    Problem: {
      type: "object",
      description: "RFC 9457 problem details.",
      properties: {
        type: { type: "string", enum: (Object.keys(PROBLEMS) as ProblemType[]).map((type) => `${PROBLEM_TYPE_BASE}${type}`) },
        title: { type: "string" },
        status: { type: "integer" },
        detail: { type: "string" },
        errors: { type: "array", items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } }, required: ["field", "message"], additionalProperties: false } },
      },
      required: ["type", "title", "status"],
      additionalProperties: false,
    },
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) {
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = operationObject(operation, components);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Client area: the provider's API",
      version: "1",
      description: "The hosting provider's door into the client area. Authenticate with `Authorization: Bearer <key>` (keys are made with `npm run api-keys`). Errors are RFC 9457 problem documents with a stable `type`.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths,
    ...WEBHOOK_EVENTS_DOCUMENT(components),
    components: {
      schemas: components,
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: `Scopes: ${API_SCOPES.join(", ")}.` } },
    },
  };
}
