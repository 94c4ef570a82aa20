/**
 * Each page sends the browser only the message namespaces of the client components it
 * renders (components/i18n/client-messages.tsx). This reads the source: for every page and
 * layout, the client components it imports (and those import), the namespaces they ask
 * useTranslations for, and checks the page's <ClientMessages namespaces={…}> cover them.
 * A missing namespace would show raw keys in the browser, so it fails here first.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALWAYS_SENT_NAMESPACES, coveredBy } from "@/lib/i18n/pick-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function resolveImport(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(path.join(ROOT, from)), specifier) : null;
  if (!base) return null;
  const found = [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")].find(existsSync);
  return found ? path.relative(ROOT, found) : null;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const isClient = (source: string) => /^["']use client["']/m.test(source);
const importsOf = (file: string) => [...read(file).matchAll(/from\s+"([^"]+)"/g)].map((m) => resolveImport(m[1]!, file)).filter((f): f is string => !!f && !f.startsWith("lib/"));

/** The namespaces a client file asks for: useTranslations("ns"), or for useTranslations(), the first part of each t("ns.key"). */
function namespacesOf(source: string): string[] {
  const named = [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => m[1]!);
  const root = /useTranslations\(\)/.test(source) ? [...source.matchAll(/\bt(?:\.has)?\(\s*[`"]([A-Za-z]+)\./g)].map((m) => m[1]!) : [];
  return [...named, ...root];
}

/** The namespaces needed by the client components reachable from `file` without passing another ClientMessages boundary. */
function neededBy(file: string, seen = new Set<string>()): Set<string> {
  const needed = new Set<string>();
  for (const imported of importsOf(file)) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    const source = read(imported);
    if (isClient(source)) namespacesOf(source).forEach((ns) => needed.add(ns));
    for (const ns of neededBy(imported, seen)) needed.add(ns);
  }
  return needed;
}

function declaredIn(source: string): string[] {
  return [...source.matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!));
}

const entryFiles = sourceFiles("app").filter((file) => /(page|layout|not-found)\.tsx$/.test(file));

describe("client messages per page", () => {
  for (const file of entryFiles) {
    const source = read(file);
    const needed = [...neededBy(file)].sort();
    if (needed.length === 0) continue;
    it(`${file} sends what its client components read`, () => {
      const declared = [...declaredIn(source), ...ALWAYS_SENT_NAMESPACES];
      const missing = needed.filter((ns) => !coveredBy(ns, declared));
      expect(missing, `add to its <ClientMessages namespaces>`).toEqual([]);
    });
  }
});
