import { isDatabaseReachable } from "@/lib/db-health";

export const dynamic = "force-dynamic";

/** For load balancers and the run script: 200 when the app can reach its database, else 503. */
export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json({ status: database ? "ok" : "unavailable", database }, { status: database ? 200 : 503 });
}
