type Tree = { [key: string]: string | Tree };

/**
 * Sent with every page's messages: the strings of the shared form pieces (components/ui
 * form-feedback and confirm-dialog), which nearly every form uses.
 */
export const ALWAYS_SENT_NAMESPACES = ["forms"] as const;

/** Whether a namespace ("services.power") is inside one of the declared ones ("services.power" or "services"). */
export function coveredBy(namespace: string, declared: readonly string[]): boolean {
  return declared.some((outer) => namespace === outer || namespace.startsWith(`${outer}.`));
}

/**
 * The part of a catalog under the given namespaces, nested as in the catalog ("billing.methods"
 * gives { billing: { methods: … } }): what a page's client components read, and no more.
 */
export function pickMessages(messages: object, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let source: string | Tree | undefined = messages as Tree;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) throw new Error(`No messages under "${namespace}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    target[keys.at(-1)!] = source;
  }
  return picked;
}
