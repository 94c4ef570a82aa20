"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * While a VPS restarts, reloads the page's data once the restart should be over, so the
 * member sees it running again without reloading by hand.
 */
export function PowerStateRefresher({ until }: { until: string }) {
  const router = useRouter();
  useEffect(() => {
    const wait = Math.max(0, new Date(until).getTime() - Date.now()) + 750;
    const timer = window.setTimeout(() => router.refresh(), wait);
    return () => window.clearTimeout(timer);
  }, [until, router]);
  return null;
}
