"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const HEARTBEAT_MS = 60_000;

/**
 * Tells the server once a minute, while this page is visible, that the member is still in
 * the account (their seat stays theirs). When the seat was freed and the account is full,
 * the page reloads to say so.
 */
export function SeatHeartbeat({ accountId }: { accountId: string }) {
  const router = useRouter();
  useEffect(() => {
    const beat = async () => {
      if (document.visibilityState !== "visible") return;
      const response = await fetch(`/api/accounts/${accountId}/presence`, { method: "POST" }).catch(() => null);
      if (response?.status === 409) router.refresh();
    };
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [accountId, router]);
  return null;
}
