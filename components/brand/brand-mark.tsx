import type { Brand } from "@/lib/brand/brand-config";

/**
 * The provider's logo and name, as the header and the sign-in pages show them. The name is
 * always written, so the logo is decoration (alt=""); an external logo is fetched without a
 * referrer, so the logo's host does not learn which page a visitor was on.
 */
export function BrandMark({ brand, name, className = "" }: { brand: Brand; name: string; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 ${className}`} data-testid="brand-mark">
      {brand.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a logo from the environment, local or on the provider's host: next/image would need its host configured at build time.
        <img src={brand.logo.src} alt="" height={28} className="h-7 w-auto" referrerPolicy="no-referrer" data-testid="brand-logo" />
      ) : null}
      <span>{name}</span>
    </span>
  );
}
