"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { ZEmailCategories } from "@/lib/contacts/schemas";
import { updateMemberPreferences } from "@/lib/notifications/preferences";

/** A user's own categories in one account: checked against their membership, from the database. */
export const updatePreferencesAction = createAction({
  auth: "user",
  schema: z.object({ accountId: z.uuid({ error: "invalid" }), categories: ZEmailCategories }),
  handler: async ({ accountId, categories }, { user, client }) => {
    await updateMemberPreferences(user, accountId, categories, client);
    revalidatePath("/user/notifications");
    return { saved: true };
  },
});
