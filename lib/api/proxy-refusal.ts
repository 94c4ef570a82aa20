import type { Refusal } from "@/lib/http/request-guards";
import { problem, type ProblemType } from "./problem";

const API_PREFIX = "/api/v1/";

/** Whether a path is the provider's API, whose every answer is a problem document or JSON. */
export function isApiPath(pathname: string): boolean {
  return pathname.startsWith(API_PREFIX);
}

const REFUSAL_PROBLEMS: Record<Refusal["status"], ProblemType> = { 403: "cross-site", 411: "length-required", 413: "body-too-large" };

/** The proxy's refusal of an API request, as the API says everything else: RFC 9457. */
export function apiRefusal(refusal: Refusal): Response {
  return problem(REFUSAL_PROBLEMS[refusal.status]);
}

/** The database is unreachable: the API's 503, retried like the pages' (Retry-After 10 s). */
export function apiUnavailable(): Response {
  return problem("unavailable", { headers: { "Retry-After": "10" } });
}
