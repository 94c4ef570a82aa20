import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { apiKeyInDatabase } from "./api-keys";
import { assertMatchesDocument } from "./contract";

export { expect };

type ApiAnswer<Body> = { status: number; headers: Record<string, string>; body: Body };
type CallOptions = { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> };

/** A client of /api/v1 for one test: every answer is checked against the served OpenAPI document. */
export class ApiClient {
  constructor(private readonly request: APIRequestContext, readonly token: string) {}

  async call<Body = unknown>(method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", path: string, options: CallOptions = {}): Promise<ApiAnswer<Body>> {
    const url = path.startsWith("/api/") ? path : `/api/v1${path}`;
    const token = options.token === undefined ? this.token : options.token;
    const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    let data: string | Buffer | undefined;
    // A Buffer goes out byte for byte: Playwright would JSON-encode a string that is not valid JSON.
    if (options.rawBody !== undefined) data = Buffer.from(options.rawBody);
    else if (options.body !== undefined) data = JSON.stringify(options.body);
    if (data !== undefined) headers["content-type"] ??= "application/json";
    const response = await this.request.fetch(url, { method, headers, data, failOnStatusCode: false });
    const contentType = response.headers()["content-type"] ?? "";
    const body = contentType.includes("json") ? await response.json() : await response.body();
    await assertMatchesDocument(this.request, { method, url, status: response.status(), contentType, body });
    return { status: response.status(), headers: response.headers(), body: body as Body };
  }

  get<Body = unknown>(path: string, options?: CallOptions) {
    return this.call<Body>("GET", path, options);
  }
  post<Body = unknown>(path: string, body: unknown, options?: CallOptions) {
    return this.call<Body>("POST", path, { ...options, body });
  }
  patch<Body = unknown>(path: string, body: unknown, options?: CallOptions) {
    return this.call<Body>("PATCH", path, { ...options, body });
  }
  put<Body = unknown>(path: string, body: unknown, options?: CallOptions) {
    return this.call<Body>("PUT", path, { ...options, body });
  }
  delete<Body = unknown>(path: string, options?: CallOptions) {
    return this.call<Body>("DELETE", path, options);
  }

  /** Another client on the same connection with a key of other scopes. */
  async withScopes(scopes: string[]): Promise<ApiClient> {
    return new ApiClient(this.request, await apiKeyInDatabase(scopes));
  }
}

/**
 * Tests of the provider's API over real HTTP against the production build (the e2e server):
 * `api` holds a key with every scope; `api.withScopes([...])` makes a narrower one.
 */
export const test = base.extend<{ api: ApiClient }>({
  // Playwright's fixture callback is conventionally named `use`; it is not React's hook.
  api: async ({ request }, provide) => {
    const token = await apiKeyInDatabase(["accounts:write", "services:write", "domains:write", "invoices:write", "tickets:write", "webhooks:write", "catalog:write"]);
    await provide(new ApiClient(request, token));
  },
});
