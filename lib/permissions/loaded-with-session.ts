import "server-only";
import { cache } from "react";
import type { MembershipRow } from "./membership-row";

/**
 * Memberships read in the same statement as the request's session, by account id (null:
 * not a member), so getAccountAccess needs no query of its own. One map per request (React
 * cache); outside a render it is a fresh empty map and access is read on its own.
 */
export const membershipsLoadedWithSession = cache(() => new Map<string, MembershipRow | null>());
