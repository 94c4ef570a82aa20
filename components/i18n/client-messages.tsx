import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { ALWAYS_SENT_NAMESPACES, pickMessages } from "@/lib/i18n/pick-messages";

/**
 * Gives the client components inside it the message namespaces they read, and only those:
 * the whole catalog is tens of kilobytes per language, a page's forms need a few.
 * tests/unit/client-messages.test.ts checks each page lists what its client components use.
 * The shared form pieces' few strings (error summary, confirmation dialog) go to every page.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...ALWAYS_SENT_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
