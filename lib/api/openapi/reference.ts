import { PROBLEM_TYPE_BASE, PROBLEMS, type ProblemType } from "../problem";

/**
 * The OpenAPI document as the reference page (/api/docs) reads it: operations grouped by tag
 * in the document's order, each with its scope, parameters, request body and answers; the
 * problem types; the webhooks. Read from the served document itself, so the page cannot say
 * anything the document does not.
 */

export type JsonSchema = Record<string, unknown>;

type Document = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
  webhooks?: Record<string, unknown>;
  components: { schemas: Record<string, JsonSchema> };
};

export type ReferenceParameter = { name: string; location: string; required: boolean; description: string | null; schema: JsonSchema };
export type ReferenceResponse = { status: string; description: string; contentType: string | null; schema: JsonSchema | null };
export type ReferenceOperation = {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  scope: string | null;
  idempotent: boolean;
  parameters: ReferenceParameter[];
  requestBody: JsonSchema | null;
  responses: ReferenceResponse[];
};
export type ReferenceWebhook = { name: string; summary: string | null; description: string | null; payload: JsonSchema | null };

type OperationObject = {
  operationId: string;
  tags?: string[];
  summary?: string;
  description?: string;
  "x-scope"?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
};

const METHODS = ["get", "post", "put", "patch", "delete"];

function firstContent(content: Record<string, { schema?: JsonSchema }> | undefined): { contentType: string; schema: JsonSchema | null } | null {
  const [entry] = Object.entries(content ?? {});
  return entry ? { contentType: entry[0], schema: entry[1].schema ?? null } : null;
}

function operationOf(method: string, path: string, operation: OperationObject): ReferenceOperation {
  const parameters = operation.parameters ?? [];
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    summary: operation.summary ?? operation.operationId,
    description: operation.description ?? null,
    scope: operation["x-scope"] ?? null,
    idempotent: parameters.some((parameter) => parameter.in === "header" && parameter.name === "Idempotency-Key"),
    parameters: parameters.map((parameter) => ({ name: parameter.name, location: parameter.in, required: parameter.required ?? false, description: parameter.description ?? null, schema: parameter.schema })),
    requestBody: firstContent(operation.requestBody?.content)?.schema ?? null,
    responses: Object.entries(operation.responses ?? {}).map(([status, response]) => {
      const content = firstContent(response.content);
      return { status, description: response.description ?? "", contentType: content?.contentType ?? null, schema: content?.schema ?? null };
    }),
  };
}

/** The operations by tag, tags and operations in the document's order. */
export function operationsByTag(document: Document): { tag: string; operations: ReferenceOperation[] }[] {
  const tags = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      tags.set(tag, [...(tags.get(tag) ?? []), operationOf(method, path, operation)]);
    }
  }
  return [...tags].map(([tag, operations]) => ({ tag, operations }));
}

export function webhooksOf(document: Document): ReferenceWebhook[] {
  return Object.entries(document.webhooks ?? {}).map(([name, value]) => {
    const item = (value ?? {}) as Record<string, unknown>;
    const operation = (item.post ?? Object.values(item)[0] ?? {}) as OperationObject;
    return { name, summary: operation.summary ?? null, description: operation.description ?? null, payload: firstContent(operation.requestBody?.content)?.schema ?? null };
  });
}

export function problemTypes(): { type: string; status: number; title: string }[] {
  return (Object.keys(PROBLEMS) as ProblemType[]).map((type) => ({ type: `${PROBLEM_TYPE_BASE}${type}`, status: PROBLEMS[type].status, title: PROBLEMS[type].title }));
}

/** The component a `$ref` names ("#/components/schemas/Account" → "Account"), or null. */
export function refName(schema: JsonSchema): string | null {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith("#/components/schemas/") ? ref.slice("#/components/schemas/".length) : null;
}

/** The variants of a union, with `null` taken out (it is shown as "nullable"). */
function variants(schema: JsonSchema): { options: JsonSchema[]; nullable: boolean } | null {
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!Array.isArray(union)) return null;
  const options = union.filter((option) => option.type !== "null");
  return { options, nullable: options.length < union.length };
}

/** A short type for a table cell: "string (uuid)", "\"A\" | \"B\"", "array of Account", "integer ≥ 1, nullable". */
export function typeLabel(schema: JsonSchema): string {
  const name = refName(schema);
  if (name) return name;
  const union = variants(schema);
  if (union) return union.options.map(typeLabel).join(" | ") + (union.nullable ? ", nullable" : "");
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  const nullable = types.includes("null");
  const [type] = types.filter((t) => t !== "null");
  let label = type ?? "any";
  if (type === "array" && schema.items && typeof schema.items === "object") label = `array of ${typeLabel(schema.items as JsonSchema)}`;
  const limits = [
    typeof schema.format === "string" ? schema.format : null,
    typeof schema.minimum === "number" ? `≥ ${schema.minimum}` : null,
    typeof schema.maximum === "number" ? `≤ ${schema.maximum}` : null,
    typeof schema.maxLength === "number" ? `≤ ${schema.maxLength} chars` : null,
  ].filter(Boolean);
  if (limits.length) label += ` (${limits.join(", ")})`;
  return nullable ? `${label}, nullable` : label;
}

/** The object a schema describes with its properties (directly, or as the one non-null variant), else null. */
export function objectProperties(schema: JsonSchema): { properties: [string, JsonSchema][]; required: Set<string> } | null {
  const union = variants(schema);
  if (union && union.options.length === 1) return objectProperties(union.options[0]!);
  if (schema.type !== "object" || !schema.properties || typeof schema.properties !== "object") return null;
  return { properties: Object.entries(schema.properties as Record<string, JsonSchema>), required: new Set((schema.required as string[] | undefined) ?? []) };
}

export type { Document as OpenApiDocumentShape };
