import { appUrl } from "@/lib/email/app-url";
import { openApiDocument } from "@/lib/api/openapi/document";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, public like any API reference (it holds no data). */
export function GET() {
  return Response.json(openApiDocument(appUrl("/").replace(/\/$/, "")), { headers: { "Cache-Control": "public, max-age=300" } });
}
