import type { z } from "zod";
import type { ProblemType } from "./problem";
import type { ApiScope } from "./scopes";

/**
 * One endpoint of the provider's API, described once: its zod schemas validate the request
 * (lib/api/api-route.ts `apiOperation`), type the handler's answer, and become the OpenAPI
 * document (lib/api/openapi/document.ts). Every operation is listed in
 * lib/api/operations/index.ts; the route file under app/api/v1 only binds it to a handler.
 */
export type ApiOperation = {
  /** Unique, camelCase: the name client generators give the call. */
  operationId: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Below /api/v1, OpenAPI style: "/accounts/{accountId}". */
  path: string;
  /** The document's group: "Accounts", "Services", … */
  tag: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  /** Path parameters (a z.strictObject of strings). */
  params?: z.ZodObject;
  /** Query parameters (a z.strictObject: unknown parameters are refused). */
  query?: z.ZodObject;
  /** The JSON body (a z.strictObject: unknown fields are refused). */
  body?: z.ZodType;
  /** Creating POSTs: honour Idempotency-Key (lib/api/idempotency.ts). */
  idempotent?: boolean;
  /** The success answer: its status and the shape of its JSON body. */
  response: { status: 200 | 201 | 202; schema: z.ZodType };
  /** Problems this operation answers besides the door's own (401, 403, 422, 429, 500). */
  problems?: ProblemType[];
};

/** Keeps the operation's literal types (its schemas) so handlers are typed by them. */
export function defineOperation<const Operation extends ApiOperation>(operation: Operation): Operation {
  return operation;
}

type Parsed<Schema, Fallback> = Schema extends z.ZodType ? z.output<Schema> : Fallback;

/** What a handler receives: the request parsed by the operation's schemas. */
export type OperationInput<Operation extends ApiOperation> = {
  params: Parsed<Operation["params"], Record<string, never>>;
  query: Parsed<Operation["query"], Record<string, never>>;
  body: Parsed<Operation["body"], undefined>;
};

/** What a handler answers: the body the operation's response schema describes. */
export type OperationResult<Operation extends ApiOperation> = z.input<Operation["response"]["schema"]>;
