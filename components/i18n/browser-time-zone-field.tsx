"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => "";

/**
 * The browser's time zone, sent with a form (sign-up) so a new person sees times where they
 * are from the start. Read only in the browser; the server's own zone says nothing about the
 * person. Empty (no JavaScript) means the default.
 */
export function BrowserTimeZoneField() {
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, unknownOnServer);
  return <input type="hidden" name="timeZone" value={timeZone} />;
}
