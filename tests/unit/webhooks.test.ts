import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi/document";
import { translatorFor } from "@/lib/i18n/messages";
import { webhookUrlProblem } from "@/lib/webhooks/endpoint-url";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { ZCreateWebhookEndpoint, ZUpdateWebhookEndpoint } from "@/lib/webhooks/schemas";
import { webhookEndpointDisabledPreview, webhookEndpointDisabledTemplate } from "@/emails/webhook-endpoint-disabled";

describe("a webhook endpoint's URL", () => {
  it("is https, or plain http to this machine only", () => {
    expect(webhookUrlProblem("https://billing.example.com/hooks", {})).toBeNull();
    for (const local of ["http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://[::1]:9000/"]) expect(webhookUrlProblem(local, {})).toBeNull();
    expect(webhookUrlProblem("http://billing.example.com/hooks", {})).toMatch(/must be https/);
    expect(webhookUrlProblem("http://10.0.0.5/hooks", {})).toMatch(/must be https/);
  });

  it("may be plain http anywhere when WEBHOOK_ALLOW_HTTP=1, never another scheme nor carry credentials", () => {
    expect(webhookUrlProblem("http://10.0.0.5/hooks", { WEBHOOK_ALLOW_HTTP: "1" })).toBeNull();
    expect(webhookUrlProblem("ftp://example.com/", { WEBHOOK_ALLOW_HTTP: "1" })).toMatch(/must be https/);
    expect(webhookUrlProblem("https://user:pass@example.com/", {})).toMatch(/user name or password/);
    expect(webhookUrlProblem("not a url", {})).toBe("Not a URL.");
  });
});

describe("the endpoint's body", () => {
  it("names known event types only, at least one, each once", () => {
    expect(ZCreateWebhookEndpoint.parse({ url: "https://example.com/h", events: ["ticket.opened", "ticket.opened"] }).events).toEqual(["ticket.opened"]);
    const unknown = ZCreateWebhookEndpoint.safeParse({ url: "https://example.com/h", events: ["ticket.opened", "ticket.deleted"] });
    expect(unknown.error?.issues.map((issue) => issue.path.join("."))).toEqual(["events.1"]);
    expect(ZCreateWebhookEndpoint.safeParse({ url: "https://example.com/h", events: [] }).success).toBe(false);
    expect(ZCreateWebhookEndpoint.safeParse({ url: "https://example.com/h", events: ["ticket.opened"], secret: "mine" }).success).toBe(false);
    expect(ZUpdateWebhookEndpoint.safeParse({}).success).toBe(false);
  });
});

describe("the OpenAPI document's webhooks", () => {
  it("describe every event's envelope and data, with the signature headers", () => {
    const document = openApiDocument("http://localhost:3000") as unknown as {
      webhooks: Record<string, { post: { parameters: { name: string }[]; requestBody: { content: { "application/json": { schema: { $ref: string } } } } } }>;
      components: { schemas: Record<string, { properties: Record<string, { const?: unknown; required?: string[] }>; required: string[] }> };
    };
    expect(Object.keys(document.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const post = document.webhooks[type]!.post;
      expect(post.parameters.map((parameter) => parameter.name)).toEqual(["webhook-id", "webhook-timestamp", "webhook-signature"]);
      const ref = post.requestBody.content["application/json"].schema.$ref.replace("#/components/schemas/", "");
      const envelope = document.components.schemas[ref]!;
      expect(envelope.required.sort()).toEqual(["data", "timestamp", "type", "version"]);
      expect(envelope.properties.type!.const).toBe(type);
      expect(envelope.properties.version!.const).toBe(1);
      expect(envelope.properties.data!.required).toContain("accountId");
    }
  });
});

describe("the endpoint-disabled email", () => {
  it("names the URL, the failing run, the last answer and how to turn it on again, in every language", () => {
    for (const locale of ["en", "es", "de", "it"]) {
      const email = webhookEndpointDisabledTemplate(translatorFor(locale), webhookEndpointDisabledPreview);
      expect(email.subject).toContain(webhookEndpointDisabledPreview.url);
      expect(email.text).toContain(webhookEndpointDisabledPreview.failingSince);
      expect(email.text).toContain("HTTP 503");
      expect(email.text).toContain(`PATCH /api/v1/webhooks/${webhookEndpointDisabledPreview.endpointId}`);
    }
  });
});
