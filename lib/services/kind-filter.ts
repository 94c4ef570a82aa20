import { ServiceKind } from "../generated/prisma/enums";

/** The list's filters: every service, or one kind. */
export const SERVICE_FILTERS = ["all", ...Object.values(ServiceKind)] as const;
export type ServiceFilter = (typeof SERVICE_FILTERS)[number];

/** The filter a `?kind=` asks for; anything else (a typo, a forged value) lists everything. */
export function parseServiceFilter(value: string | undefined): ServiceFilter {
  return (SERVICE_FILTERS as readonly string[]).includes(value ?? "") ? (value as ServiceFilter) : "all";
}

/** The kind a filter keeps, for the query (undefined: no condition). */
export function kindOf(filter: ServiceFilter): ServiceKind | undefined {
  return filter === "all" ? undefined : filter;
}
