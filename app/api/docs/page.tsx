import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/api/openapi/document";
import { appUrl } from "@/lib/email/app-url";
import { ApiReference } from "@/components/api-docs/api-reference";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("title") };
}

/**
 * /api/docs: the API's reference, the document /api/v1/openapi.json serves, rendered on the
 * server with no script of its own (the app's CSP holds as on every page). Public, like the
 * document: it holds no data. Rendered per request, so the nonce the CSP names reaches the
 * framework's own scripts.
 */
export default async function ApiDocsPage() {
  await connection();
  const serverUrl = appUrl("/").replace(/\/$/, "");
  return <ApiReference document={openApiDocument(serverUrl)} documentUrl={`${serverUrl}/api/v1/openapi.json`} />;
}
