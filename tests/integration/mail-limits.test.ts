import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelOwnershipTransfer, startOwnershipTransfer } from "@/lib/accounts/ownership-transfer";
import { THROTTLE_LIMITS, recordFailure, windowMinutes } from "@/lib/auth/throttle";
import { activateContact } from "@/lib/contacts/activate-contact";
import { createContact } from "@/lib/contacts/manage-contacts";
import { inviteMember } from "@/lib/invitations/invite-member";
import { translatorFor } from "@/lib/i18n/messages";
import type { Grant } from "@/lib/permissions/grants";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { contactInput } from "../factories/contacts";
import { testClient } from "../factories/sessions";
import { FACTORY_PASSWORD, createUser, uniqueEmail } from "../factories/users";
import { failureCode, userErrorOf } from "../support/errors";
import { emailsTo } from "../support/mail";

const TECHNICIAN: Grant = { type: "built-in", profile: "TECHNICIAN" };

async function ownerAccess(options: { verified?: boolean } = {}) {
  const owner = await createUser({ verified: options.verified });
  const { account } = await createAccountWithOwner({ owner });
  return { account, owner, access: await accessFor(owner, account.id) };
}

/** What a refused invitation could have written. */
async function writes(accountId: string, to: string) {
  const [invitations, emails, activity] = await Promise.all([
    db.invitation.count({ where: { accountId } }),
    emailsTo(to).then((rows) => rows.length),
    db.activityEvent.count({ where: { accountId } }),
  ]);
  return { invitations, emails, activity };
}

describe("emails sent on someone's say-so to another address", () => {
  it("are limited per recipient: the sixth invitation to one address within the hour is refused, whoever sends it, naming the address", async () => {
    const to = uniqueEmail("target");
    const limit = THROTTLE_LIMITS["mail-to-others:recipient"];
    for (let i = 0; i < limit; i++) {
      const { access } = await ownerAccess(); // different senders, different IPs
      await inviteMember(access, { email: to, grant: TECHNICIAN }, testClient());
    }
    expect(await emailsTo(to)).toHaveLength(limit);

    const { account, access } = await ownerAccess();
    const before = await writes(account.id, to);
    const error = await userErrorOf(inviteMember(access, { email: to, grant: TECHNICIAN }, testClient()));
    expect(error.code).toBe("mailLimitRecipient");
    expect(error.values).toMatchObject({ email: to });
    expect(await writes(account.id, to)).toEqual(before);
    // The message says how long to wait.
    expect(translatorFor("en")(`errors.${error.code as "mailLimitRecipient" | "mailLimitSender"}`, error.values)).toMatch(new RegExp(`^Too many emails have been sent to ${to.replace(/\./g, "\\.")} recently\\. Try again in \\d+ minutes?\\.$`));
    // Another address is not affected.
    await inviteMember(access, { email: uniqueEmail(), grant: TECHNICIAN }, testClient());
  });

  it("are limited per sending user, across accounts and IPs, with a message that says so", async () => {
    const { owner, access } = await ownerAccess();
    const second = await createAccountWithOwner({ owner });
    const limit = THROTTLE_LIMITS["mail-to-others:user"];
    for (let i = 0; i < limit; i++) {
      await inviteMember(i % 2 ? access : await accessFor(owner, second.account.id), { email: uniqueEmail(`bulk${i}`), grant: TECHNICIAN }, testClient());
    }
    const error = await userErrorOf(inviteMember(access, { email: uniqueEmail(), grant: TECHNICIAN }, testClient()));
    expect(error.code).toBe("mailLimitSender");
    expect(error.values?.hours).toBe(windowMinutes("mail-to-others:user") / 60);
    expect(translatorFor("en")(`errors.${error.code as "mailLimitRecipient" | "mailLimitSender"}`, error.values)).toBe(
      "You have sent too many invitations and other emails recently. For everyone's safety this is paused: try again in 24 hours.",
    );
    // Someone else, elsewhere, is not affected.
    await inviteMember((await ownerAccess()).access, { email: uniqueEmail(), grant: TECHNICIAN }, testClient());
  });

  it("are limited per IP, and an unknown IP has no per-IP limit", async () => {
    const ip = testClient();
    const limit = THROTTLE_LIMITS["mail-to-others:ip"];
    // The IP has already sent all but one of its emails in this window (counted as the app counts them).
    for (let i = 0; i < limit - 1; i++) await recordFailure([{ scope: "mail-to-others:ip", subject: ip.ip! }]);
    await inviteMember((await ownerAccess()).access, { email: uniqueEmail(), grant: TECHNICIAN }, ip);
    expect(await failureCode(inviteMember((await ownerAccess()).access, { email: uniqueEmail(), grant: TECHNICIAN }, ip))).toBe("mailLimitSender");

    const { owner, access } = await ownerAccess();
    const ipCounters = () => db.throttleCounter.findMany({ where: { scope: "mail-to-others:ip" }, orderBy: { subject: "asc" } });
    const before = await ipCounters();
    await inviteMember(access, { email: uniqueEmail(), grant: TECHNICIAN }, testClient({ ip: null }));
    expect(await db.throttleCounter.count({ where: { scope: "mail-to-others:user", subject: owner.id } })).toBe(1);
    expect(await ipCounters()).toEqual(before);
  });

  it("count only what is sent: a refused invitation counts nothing", async () => {
    const { account, access } = await ownerAccess();
    const { user } = await addMember(account.id, { builtInProfile: "BILLING" });
    expect(await failureCode(inviteMember(access, { email: user.email, grant: TECHNICIAN }, testClient()))).toBe("alreadyMember");
    expect(await db.throttleCounter.count({ where: { scope: { startsWith: "mail-to-others:" }, subject: { in: [user.email, access.user.id] } } })).toBe(0);
  });

  it("include contact activations and re-sends, on the recipient's count", async () => {
    const { access } = await ownerAccess();
    const { id } = await createContact(access, contactInput(), testClient());
    const contact = await db.contact.findUniqueOrThrow({ where: { id } });
    for (let i = 0; i < THROTTLE_LIMITS["mail-to-others:recipient"]; i++) await activateContact(access, { contactId: id, grant: TECHNICIAN }, testClient());
    expect(await failureCode(activateContact(access, { contactId: id, grant: TECHNICIAN }, testClient()))).toBe("mailLimitRecipient");
    expect((await emailsTo(contact.email)).filter((m) => m.template === "invitation")).toHaveLength(THROTTLE_LIMITS["mail-to-others:recipient"]);
  });

  it("include ownership offers: offering and cancelling in a loop stops at the recipient's limit", async () => {
    const { account, access } = await ownerAccess();
    const { user, membership } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    for (let i = 0; i < THROTTLE_LIMITS["mail-to-others:recipient"]; i++) {
      await startOwnershipTransfer(access, { membershipId: membership.id, password: FACTORY_PASSWORD }, testClient());
      await cancelOwnershipTransfer(access, testClient());
    }
    expect(await failureCode(startOwnershipTransfer(access, { membershipId: membership.id, password: FACTORY_PASSWORD }, testClient()))).toBe("mailLimitRecipient");
    expect(await emailsTo(user.email)).toHaveLength(THROTTLE_LIMITS["mail-to-others:recipient"]);
  });

  it("cannot be sent by a user whose address is not verified", async () => {
    const { account, access } = await ownerAccess({ verified: false });
    const to = uniqueEmail();
    const before = await writes(account.id, to);
    expect(await failureCode(inviteMember(access, { email: to, grant: TECHNICIAN }, testClient()))).toBe("verifyEmailToInvite");
    expect(await writes(account.id, to)).toEqual(before);
  });
});
