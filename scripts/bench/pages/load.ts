import autocannon from "autocannon";

export type Window = { responses: number; seconds: number; latenciesMs: number[]; non2xx: number; errors: number; timeouts: number };

/**
 * Keeps `connections` requests in flight against one URL for `seconds` (autocannon), and
 * records every response's latency, so percentiles can be taken over all rounds together.
 */
export function loadWindow({ url, cookie, connections, seconds, method = "GET", headers = {}, body }: { url: string; cookie: string | null; connections: number; seconds: number; method?: "GET" | "POST"; headers?: Record<string, string>; body?: string }): Promise<Window> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 30, method, body, headers: { ...headers, ...(cookie ? { cookie } : {}) } },
      (error, result) => {
        if (error) return reject(error);
        resolve({ responses: latenciesMs.length, seconds: result.duration, latenciesMs, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
}

/** A few requests one after another, to warm the page up and check what it answers. */
export async function sequential(url: string, cookie: string | null, count: number): Promise<{ statuses: number[]; bytes: number }> {
  const statuses: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
    bytes = (await response.arrayBuffer()).byteLength;
    statuses.push(response.status);
  }
  return { statuses, bytes };
}
