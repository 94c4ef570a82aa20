/**
 * A real SMTP server for tests (smtp-server), on 127.0.0.1 and a free port, that keeps what
 * it receives and can be told to refuse: the app's nodemailer talks to it over TCP exactly
 * as it would to a provider's server.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMessage = { to: string[]; subject: string; messageId: string; raw: string };

/** A reply the server gives instead of accepting: `{ code: 550, message: "5.1.1 No such user" }`. */
export type Refusal = { code: number; message: string };

export type TestSmtpServer = {
  /** SMTP_URL for the app. */
  url: string;
  received: ReceivedMessage[];
  /** Refuse the recipient (RCPT TO) or the message (after DATA) with this reply; null accepts again. */
  refuseRecipients: Refusal | null;
  refuseData: Refusal | null;
  /** Wait this long before answering a message, to keep a sender busy. */
  dataDelayMs: number;
  /** The most SMTP sessions that were open at once. */
  maxOpenSessions: number;
  /** Stops listening (the port refuses connections) and starts again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  subjects(): string[];
};

function refusal({ code, message }: Refusal): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const match = head.replace(/\r?\n[ \t]+/g, " ").match(new RegExp(`^${name}:[ \\t]*(.*)$`, "im"));
  return match?.[1]?.trim() ?? "";
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  let server: SMTPServer | null = null;
  let port = 0;
  let openSessions = 0;

  const state: TestSmtpServer = {
    url: "",
    received: [],
    refuseRecipients: null,
    refuseData: null,
    dataDelayMs: 0,
    maxOpenSessions: 0,
    subjects: () => state.received.map((m) => m.subject),
    async start() {
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        disableReverseLookup: true,
        onConnect(_session, callback) {
          openSessions++;
          state.maxOpenSessions = Math.max(state.maxOpenSessions, openSessions);
          callback();
        },
        onClose() {
          openSessions--;
        },
        onRcptTo(_address, _session, callback) {
          callback(state.refuseRecipients ? refusal(state.refuseRecipients) : undefined);
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            setTimeout(() => {
              if (state.refuseData) return callback(refusal(state.refuseData));
              const raw = Buffer.concat(chunks).toString("utf8");
              const to = session.envelope.rcptTo.map((r) => r.address);
              state.received.push({ to, subject: header(raw, "Subject"), messageId: header(raw, "Message-ID"), raw });
              callback();
            }, state.dataDelayMs);
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        smtp.once("error", reject);
        smtp.listen(port, "127.0.0.1", () => {
          smtp.off("error", reject);
          resolve();
        });
      });
      port = (smtp.server.address() as AddressInfo).port;
      state.url = `smtp://127.0.0.1:${port}`;
      server = smtp;
    },
    async stop() {
      const smtp = server;
      server = null;
      if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
  await state.start();
  return state;
}
