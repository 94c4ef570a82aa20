import type { Page } from "@playwright/test";

/**
 * Every text a person meets on the page, as separate pieces: visible text nodes, the
 * accessible names and hints in attributes (aria-label, placeholder, title, alt, button
 * values) and the document's title. Left out: what a person typed or picked (form values,
 * the options of a closed select) and text marked as another language (a language picker
 * offers each language in its own name).
 */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const skipped = (element: Element) =>
      !!element.closest("script, style, noscript, template, option, textarea, select") || element.closest("[lang]")?.getAttribute("lang") !== pageLang;
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (text && parent && !skipped(parent) && parent.checkVisibility({ visibilityProperty: true })) texts.push(text);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [placeholder], [title], img[alt], input[type=submit], input[type=button]")) {
      if (skipped(element)) continue;
      for (const name of ["aria-label", "placeholder", "title", "alt"]) texts.push(element.getAttribute(name) ?? "");
      if (element instanceof HTMLInputElement && (element.type === "submit" || element.type === "button")) texts.push(element.value);
    }
    return texts.map((text) => text.trim()).filter(Boolean);
  });
}
