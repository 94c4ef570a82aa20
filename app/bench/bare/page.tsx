import { notFound } from "next/navigation";

// Rendered per request, like every page of the app, never prerendered at build time.
export const dynamic = "force-dynamic";

/**
 * The benchmark's floor: a dynamic page of the same build that goes through the proxy and the
 * root layout (locale, messages, the intl provider) and loads no data of its own, so
 * `npm run bench:pages` can say what each real page costs beyond the framework. It exists only
 * when the bench starts the server with BENCH_BARE=1; otherwise it is the app's 404.
 */
export default function BenchBarePage() {
  if (process.env.BENCH_BARE !== "1") notFound();
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Bare page</h1>
    </main>
  );
}
