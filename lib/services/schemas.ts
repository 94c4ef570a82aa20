import { z } from "zod";
import { multiLineText } from "@/lib/validation/plain-text";
import { ZSettingsFields } from "./settings";

// Error messages are keys under `validation` in the message files.

export const ZServiceId = z.object({ serviceId: z.uuid({ error: "invalid" }) });

export const ZChangeServiceSettings = ZServiceId.extend(ZSettingsFields);
export type TChangeServiceSettings = z.output<typeof ZChangeServiceSettings>;

/** The plan is named by its catalog id; its price is read from the catalog on the server, never sent. */
export const ZOrderUpgrade = ZServiceId.extend({ targetProductId: z.string().trim().min(1, { error: "upgradeTargetRequired" }).max(100, { error: "upgradeTargetRequired" }) });
export type TOrderUpgrade = z.output<typeof ZOrderUpgrade>;

export const ZRequestCancellation = ZServiceId.extend({
  reason: multiLineText().trim().min(1, { error: "cancellationReasonRequired" }).max(2000, { error: "tooLong" }),
});
export type TRequestCancellation = z.output<typeof ZRequestCancellation>;
