/**
 * The app's server alone, without the run command's database management: for a deployment
 * where DATABASE_URL points at a managed PostgreSQL and migrations run as their own step.
 *
 * Usage: NODE_ENV=production PORT=3000 node --import tsx scripts/serve.ts start   (or `dev`)
 */
import { onStopSignal, startAppServer } from "./lib/app-server";

const server = await startAppServer({ dev: process.argv[2] !== "start", port: Number(process.env.PORT ?? 3000) });
onStopSignal(async () => (await server.shutdown()).exitCode);
