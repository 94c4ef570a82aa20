"use client";

import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";

type Message = { id: number; text: string };

// One message at a time for the page being shown: what a confirmed action did, said where it
// survives the action (a removed row takes its own button and dialog with it).
let current: Message | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows `text` in the page's message region and moves focus there. */
export function showPageMessage(text: string) {
  current = { id: nextId++, text };
  listeners.forEach((listener) => listener());
}

/**
 * The page's message region: a live region present from the first render, so a message is
 * announced when it arrives, and focused, so the keyboard continues from there. `arrival` is
 * what a form that led here by a redirect did ("Ticket #12 was opened"), said on arrival.
 */
export function PageMessage({ arrival }: { arrival?: string }) {
  const said = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const message = useMemo(() => said ?? (arrival ? { id: 0, text: arrival } : null), [said, arrival]);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message) boxRef.current?.focus();
  }, [message]);

  // A message belongs to the page it was said on, not to the next one.
  useEffect(
    () => () => {
      current = null;
    },
    [],
  );

  return (
    <div aria-live="polite" data-testid="page-message-region">
      {message ? (
        <div ref={boxRef} key={message.id} tabIndex={-1} data-testid="page-message" className="rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-green-700">
          {message.text}
        </div>
      ) : null}
    </div>
  );
}
