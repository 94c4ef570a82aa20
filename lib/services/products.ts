import type { ServiceKind } from "../generated/prisma/enums";

/**
 * The plans of the demo catalog (lib/catalog/demo-catalog.ts derives its prices per cycle and
 * currency from these monthly EUR prices), the seed and the test factories. At run time the
 * catalog is the database's (Product, ProductPrice): upgrades, orders and the provider's API
 * read it there, never here. No "server-only": the seed uses it.
 */
export type Product = {
  name: string;
  kind: ServiceKind;
  tier: number;
  monthlyPriceMinor: number;
  diskLimitMb?: number;
  bandwidthLimitMb?: number;
  mailboxesLimit?: number;
  cpuCores?: number;
  memoryMb?: number;
};

export const PRODUCTS: readonly Product[] = [
  { name: "Web Hosting Starter", kind: "WEB_HOSTING", tier: 1, monthlyPriceMinor: 499, diskLimitMb: 10_240, bandwidthLimitMb: 102_400, mailboxesLimit: 5 },
  { name: "Web Hosting Pro", kind: "WEB_HOSTING", tier: 2, monthlyPriceMinor: 999, diskLimitMb: 51_200, bandwidthLimitMb: 512_000, mailboxesLimit: 25 },
  { name: "Web Hosting Business", kind: "WEB_HOSTING", tier: 3, monthlyPriceMinor: 1999, diskLimitMb: 153_600, bandwidthLimitMb: 2_048_000, mailboxesLimit: 100 },
  { name: "VPS S", kind: "VPS", tier: 1, monthlyPriceMinor: 1290, diskLimitMb: 40_960, bandwidthLimitMb: 2_048_000, cpuCores: 2, memoryMb: 2048 },
  { name: "VPS M", kind: "VPS", tier: 2, monthlyPriceMinor: 2490, diskLimitMb: 81_920, bandwidthLimitMb: 4_096_000, cpuCores: 4, memoryMb: 8192 },
  { name: "VPS L", kind: "VPS", tier: 3, monthlyPriceMinor: 4990, diskLimitMb: 163_840, bandwidthLimitMb: 8_192_000, cpuCores: 8, memoryMb: 16_384 },
  { name: "Email Basic", kind: "EMAIL", tier: 1, monthlyPriceMinor: 199, diskLimitMb: 5_120, mailboxesLimit: 5 },
  { name: "Email Plus", kind: "EMAIL", tier: 2, monthlyPriceMinor: 499, diskLimitMb: 25_600, mailboxesLimit: 20 },
  { name: "Email Pro", kind: "EMAIL", tier: 3, monthlyPriceMinor: 999, diskLimitMb: 102_400, mailboxesLimit: 50 },
];

export function findProduct(name: string): Product | undefined {
  return PRODUCTS.find((product) => product.name === name);
}
