import "server-only";

/** The largest JSON body the API reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyReading = { ok: true; value: unknown } | { ok: false; problem: "malformed-body" | "body-too-large" | "unsupported-media-type" };

/**
 * The request's JSON body, read up to 1 MB and no further (a larger body is refused before
 * it is all in memory). No body at all reads as undefined, so the operation's schema says
 * what is missing.
 */
export async function readJsonBody(request: Request): Promise<BodyReading> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, problem: "body-too-large" };
  if (!request.body) return { ok: true, value: undefined };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { ok: false, problem: "body-too-large" };
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) return { ok: true, value: undefined };
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) return { ok: false, problem: "unsupported-media-type" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: "malformed-body" };
  }
}
