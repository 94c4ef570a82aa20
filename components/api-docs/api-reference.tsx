import { getTranslations } from "next-intl/server";
import { operationsByTag, problemTypes, webhooksOf, type OpenApiDocumentShape } from "@/lib/api/openapi/reference";
import { OperationView, type OperationLabels } from "./operation-view";
import { SchemaView } from "./schema-view";

/**
 * The API reference: the served OpenAPI document, rendered on the server. The chrome is in the
 * reader's language; the operations' texts are the document's own (English, like the API).
 */
export async function ApiReference({ document, documentUrl }: { document: OpenApiDocumentShape & { servers?: { url: string }[] }; documentUrl: string }) {
  const t = await getTranslations("apiDocs");
  const labels: OperationLabels = {
    name: t("name"),
    type: t("type"),
    required: t("required"),
    description: t("description"),
    yes: t("yes"),
    no: t("no"),
    scope: t("scope"),
    idempotent: t("idempotent"),
    parameters: t("parameters"),
    location: t("location"),
    requestBody: t("requestBody"),
    responses: t("responses"),
  };
  const basePath = document.servers?.[0] ? new URL(document.servers[0].url).pathname.replace(/\/$/, "") : "";
  const tags = operationsByTag(document);
  const webhooks = webhooksOf(document);
  const schemas = Object.entries(document.components.schemas);
  return (
    <main className="mx-auto max-w-5xl space-y-10 px-4 py-10">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro", { version: document.info.version, url: documentUrl })}</p>
        {document.info.description ? <p className="text-sm text-slate-700">{document.info.description}</p> : null}
      </header>

      <nav aria-label={t("contents")}>
        <h2 className="text-lg font-semibold">{t("contents")}</h2>
        <ul className="mt-2 space-y-2 text-sm">
          {tags.map(({ tag, operations }) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="font-medium text-blue-700 underline">
                {tag}
              </a>
              <ul className="ml-4 list-disc pl-4">
                {operations.map((operation) => (
                  <li key={operation.operationId}>
                    <a href={`#${operation.operationId}`} className="text-blue-700 underline">
                      <code>{operation.method}</code> {operation.summary}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#problems" className="font-medium text-blue-700 underline">
              {t("problems")}
            </a>
          </li>
          {webhooks.length ? (
            <li>
              <a href="#webhooks" className="font-medium text-blue-700 underline">
                {t("webhooks")}
              </a>
            </li>
          ) : null}
          <li>
            <a href="#schemas" className="font-medium text-blue-700 underline">
              {t("schemas")}
            </a>
          </li>
        </ul>
      </nav>

      {tags.map(({ tag, operations }) => (
        <section key={tag} id={`tag-${tag}`} className="space-y-4">
          <h2 className="text-xl font-semibold">{tag}</h2>
          {operations.map((operation) => (
            <OperationView key={operation.operationId} operation={operation} basePath={basePath} labels={labels} />
          ))}
        </section>
      ))}

      <section id="problems" className="space-y-3">
        <h2 className="text-xl font-semibold">{t("problems")}</h2>
        <p className="text-sm text-slate-700">{t("problemsIntro")}</p>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="py-1 pr-3">{t("status")}</th>
              <th className="py-1 pr-3">{t("problemType")}</th>
              <th className="py-1">{t("problemTitle")}</th>
            </tr>
          </thead>
          <tbody>
            {problemTypes().map((problem) => (
              <tr key={problem.type} data-testid="api-problem" className="border-b border-slate-100">
                <td className="py-1 pr-3">{problem.status}</td>
                <td className="py-1 pr-3">
                  <code>{problem.type}</code>
                </td>
                <td className="py-1">{problem.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {webhooks.length ? (
        <section id="webhooks" className="space-y-4">
          <h2 className="text-xl font-semibold">{t("webhooks")}</h2>
          {webhooks.map((webhook) => (
            <section key={webhook.name} id={`webhook-${webhook.name}`} data-testid="api-webhook" className="space-y-2 rounded-lg border border-slate-200 p-4">
              <h3 className="font-semibold">
                <code>{webhook.name}</code>
              </h3>
              {webhook.summary ? <p>{webhook.summary}</p> : null}
              {webhook.description ? <p className="text-sm text-slate-700">{webhook.description}</p> : null}
              {webhook.payload ? <SchemaView schema={webhook.payload} labels={labels} /> : null}
            </section>
          ))}
        </section>
      ) : null}

      <section id="schemas" className="space-y-4">
        <h2 className="text-xl font-semibold">{t("schemas")}</h2>
        {schemas.map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} className="space-y-2">
            <h3 className="font-semibold">
              <code>{name}</code>
            </h3>
            {typeof schema.description === "string" ? <p className="text-sm text-slate-700">{schema.description}</p> : null}
            <SchemaView schema={schema} labels={labels} />
          </section>
        ))}
      </section>
    </main>
  );
}
