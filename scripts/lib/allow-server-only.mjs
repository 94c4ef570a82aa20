// Lets a Node script (outside Next.js) import server code: `server-only` throws unless
// bundled for the server, so it resolves to an empty module here. Use it before tsx:
//   node --import ./scripts/lib/allow-server-only.mjs --import tsx script.ts
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
