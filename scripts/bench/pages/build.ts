import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const NEXT_DIR = path.join(ROOT, ".next");

/**
 * Uses the production build that exists (it does not rebuild one, which would measure code
 * the person did not build); builds only when there is none, or when it predates the bare
 * page (app/bench/bare), without which there is nothing to compare against.
 */
export function ensureBuild(): string {
  const buildId = path.join(NEXT_DIR, "BUILD_ID");
  const hasBare = existsSync(path.join(NEXT_DIR, "server/app/bench/bare/page.js"));
  if (existsSync(buildId) && hasBare) {
    return `using the existing build in .next (built ${statSync(buildId).mtime.toISOString()}; run \`npm run build\` first if the code changed since)`;
  }
  console.log(existsSync(buildId) ? "The build in .next has no bare page (app/bench/bare): building." : "No build in .next: building.");
  const result = spawnSync("npx", ["next", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  return "built it now (there was no usable build)";
}
