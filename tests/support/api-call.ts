/**
 * Calls a /api/v1 route handler as Next calls it: the Bearer key, the client's address in the
 * header the app's server writes (CLIENT_IP_HEADER), a JSON body, the path's parameters.
 */
type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export type ApiCall = { token: string; params?: Record<string, string>; body?: unknown; headers?: Record<string, string> };

export function callRoute(handler: unknown, method: string, url: string, { token, params = {}, body, headers = {} }: ApiCall): Promise<Response> {
  const all = new Headers({ [process.env.CLIENT_IP_HEADER ?? "x-test-client-ip"]: "203.0.113.9", authorization: `Bearer ${token}`, ...headers });
  if (body !== undefined) all.set("content-type", "application/json");
  const request = new Request(`http://localhost/api/v1${url}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  return (handler as RouteHandler)(request, { params: Promise.resolve(params) as Promise<never> });
}

export type Problem = { type: string; title: string; status: number; detail?: string; errors?: { field: string; message: string }[] };

/** The problem document of a refusal, checked to be one. */
export async function problemOf(response: Response): Promise<Problem> {
  if (response.headers.get("content-type") !== "application/problem+json") throw new Error(`not a problem document: ${response.status} ${await response.text()}`);
  return (await response.json()) as Problem;
}

/** The problem's type without its namespace: "not-found", "conflict"… */
export async function problemType(response: Response): Promise<string> {
  return (await problemOf(response)).type.replace("urn:client-area:problem:", "");
}
