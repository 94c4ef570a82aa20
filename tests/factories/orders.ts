import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** A name no test has used, under an extension the demo registrar sells: free, not premium. */
export function freshDomainName(prefix = "order", extension = "com"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}.${extension}`;
}

/** A demo catalog plan by its slug (ensureDemoCatalog writes them). */
export function planBySlug(slug: string) {
  return db.product.findUniqueOrThrow({ where: { slug } });
}
