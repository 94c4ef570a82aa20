import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";

/** The text of a downloaded PDF, all pages in one string, as a reader's search would find it. */
export async function pdfText(download: Download): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(await download.path()))), { mergePages: true });
  return text;
}
