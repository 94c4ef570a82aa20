"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { ZUpdateProfile } from "@/lib/users/schemas";
import { updateProfile } from "@/lib/users/update-profile";

export const updateProfileAction = createAction({
  auth: "user",
  schema: ZUpdateProfile,
  handler: async (input, { user }) => {
    const updated = await updateProfile(user.id, input);
    revalidatePath("/", "layout");
    return { name: updated.name };
  },
});
