import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { inviteMember } from "@/lib/invitations/invite-member";
import type { AccountAccess } from "@/lib/permissions/account-access";
import type { Grant } from "@/lib/permissions/grants";
import { findContact } from "./manage-contacts";

/**
 * "Activate as sub-account": an invitation to the contact's address with the chosen grant.
 * The rules of invitations and escalation apply unchanged (inviteMember); accepting links
 * the contact to the member it became. It needs no category permission: the contact's address
 * already receives its categories, and activation does not change who receives what.
 */
export async function activateContact(access: AccountAccess, input: { contactId: string; grant: Grant }, client: ClientInfo) {
  const contact = await findContact(db, access.account.id, input.contactId);
  if (contact.linkedUserId) throw new UserError("contactAlreadyActivated");
  return inviteMember(access, { email: contact.email, grant: input.grant, contactId: contact.id }, client);
}
