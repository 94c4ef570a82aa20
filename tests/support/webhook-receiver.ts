import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { Socket } from "node:net";
import { Webhook } from "standardwebhooks";

/** One request the receiver got: its signature checked with standardwebhooks, and what it answered. */
export type ReceivedWebhook = {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The verified payload, or null when the signature did not verify. */
  payload: { type: string; version: number; timestamp: string; data: Record<string, unknown> } | null;
  answered: number | "no answer";
};

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** The endpoint's secret, to verify with (set once the endpoint is made). */
  secret: string | null;
  /** What to answer a request, by how many times its webhook-id came before (0 for the first). */
  answer: (previousAttempts: number) => number | "hang";
  /** The events answered 2xx, by id. */
  accepted(): ReceivedWebhook[];
  stop(): Promise<void>;
};

/**
 * A real HTTP receiver on 127.0.0.1 that verifies every delivery with the standardwebhooks
 * package, as a provider's receiver would, and answers what the test says (a status, or
 * never: "hang").
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const sockets = new Set<Socket>();
  const receiver: WebhookReceiver = {
    url: "",
    received: [],
    secret: null,
    answer: () => 204,
    accepted: () => receiver.received.filter((request) => typeof request.answered === "number" && request.answered >= 200 && request.answered < 300),
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const id = String(request.headers["webhook-id"] ?? "");
      const previous = receiver.received.filter((earlier) => earlier.id === id).length;
      let payload: ReceivedWebhook["payload"] = null;
      try {
        payload = new Webhook(receiver.secret ?? "whsec_bm90IHNldA==").verify(body, request.headers as Record<string, string>) as ReceivedWebhook["payload"];
      } catch {
        payload = null;
      }
      const answer = receiver.answer(previous);
      receiver.received.push({ id, headers: request.headers, body, payload, answered: answer === "hang" ? "no answer" : answer });
      if (answer === "hang") return;
      response.writeHead(answer).end();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("receiver has no port");
  receiver.url = `http://127.0.0.1:${address.port}/hooks`;
  return receiver;
}

/** A port on 127.0.0.1 nobody listens on (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}
