import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/api/operations";

const ROOT = path.join(import.meta.dirname, "../..");

/** "/accounts/{accountId}" → app/api/v1/accounts/[accountId]/route.ts */
function routeFile(apiPath: string) {
  return path.join(ROOT, "app/api/v1", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

describe("the API's operations", () => {
  it("each have a unique id and a unique method and path", () => {
    const ids = API_OPERATIONS.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("each are bound in their route file through apiOperation, with the path's parameters", () => {
    for (const operation of API_OPERATIONS) {
      const file = routeFile(operation.path);
      expect(existsSync(file), `${operation.operationId}: ${file}`).toBe(true);
      const source = readFileSync(file, "utf8");
      expect(source, `${operation.operationId} in ${file}`).toMatch(new RegExp(`export const ${operation.method} = apiOperation\\(${operation.operationId}\\b`));
      const pathParameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(Object.keys(operation.params?.shape ?? {}).sort(), operation.operationId).toEqual(pathParameters.sort());
    }
  });
});

describe("the OpenAPI document", () => {
  it("marks a body required only when the operation cannot do without one", async () => {
    const { openApiDocument } = await import("@/lib/api/openapi/document");
    const paths = openApiDocument("http://localhost").paths as Record<string, Record<string, { requestBody?: { required: boolean } }>>;
    expect(paths["/accounts"]!.post!.requestBody!.required).toBe(true);
    expect(paths["/services/{serviceId}/suspend"]!.post!.requestBody!.required).toBe(false);
  });
});
