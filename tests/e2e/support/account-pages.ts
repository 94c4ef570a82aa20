import { expect, type APIRequestContext } from "@playwright/test";

/**
 * An account page's path with real record ids: "services/[serviceId]/x" becomes the first
 * record linked from the "services" list as `request`'s person sees it, or the one whose link
 * reads `record`. A path without a [segment] is returned as it is.
 */
export async function withRecordIds(request: APIRequestContext, accountUrl: string, segment: string, record?: string): Promise<string> {
  if (!segment.includes("[")) return segment;
  const [list, , ...rest] = segment.split("/");
  const html = await (await request.get(`${accountUrl}/${list}`)).text();
  const linkText = record ? `"[^>]*>${record}<` : "";
  const id = new RegExp(`${accountUrl.replace(/^https?:\/\/[^/]+/, "")}/${list}/([0-9a-f-]{36})${linkText}`).exec(html)?.[1];
  expect(id, `the ${list} list links to a record`).toBeTruthy();
  return [list, id, ...rest].join("/");
}
