import "server-only";
import { db } from "@/lib/db";
import type { TUpdateProfile } from "./schemas";

export async function updateProfile(userId: string, input: Omit<TUpdateProfile, "timeZone"> & { timeZone?: string }) {
  return db.user.update({ where: { id: userId }, data: { name: input.name, locale: input.locale, timeZone: input.timeZone }, select: { id: true, name: true, locale: true, timeZone: true } });
}
