"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { UserError } from "@/lib/errors/user-error";
import { activateContact } from "@/lib/contacts/activate-contact";
import { createContact, deleteContact, updateContact } from "@/lib/contacts/manage-contacts";
import { ZContact, ZContactId } from "@/lib/contacts/schemas";
import { ZGrantFields, toGrant } from "@/lib/permissions/grants";

const contactsPage = (accountId: string) => `/accounts/${accountId}/contacts`;

export const createContactAction = createAccountAction({
  requirement: "contacts.manage",
  schema: ZContact,
  handler: async ({ accountId, ...input }, { access, client }) => {
    await createContact(access, input, client);
    redirect(contactsPage(accountId));
  },
});

export const updateContactAction = createAccountAction({
  requirement: "contacts.manage",
  schema: ZContact.extend(ZContactId.shape),
  handler: async ({ accountId, contactId, ...input }, { access, client }) => {
    await updateContact(access, contactId, input, client);
    revalidatePath(contactsPage(accountId), "layout");
    return { saved: true };
  },
});

export const deleteContactAction = createAccountAction({
  requirement: "contacts.manage",
  schema: ZContactId,
  handler: async ({ accountId, contactId }, { access, client }) => {
    await deleteContact(access, contactId, client);
    redirect(contactsPage(accountId));
  },
});

/** Activating a contact invites them as a member: it needs both contact and user management. */
export const activateContactAction = createAccountAction({
  requirement: ["contacts.manage", "users.manage"],
  schema: ZContactId.extend(ZGrantFields),
  handler: async ({ accountId, contactId, ...fields }, { access, client }) => {
    const grant = toGrant(fields);
    if (!grant) throw new UserError("notFound");
    await activateContact(access, { contactId, grant }, client);
    revalidatePath(`${contactsPage(accountId)}/${contactId}`);
    return { invited: true };
  },
});
