/**
 * The activity log reads as sentences: a page of events comes with the names of the named
 * profiles its grants point at, as they are named now, looked up only inside the account.
 */
import { describe, expect, it } from "vitest";
import { describeActivity, type Translate } from "@/lib/audit/describe-activity";
import { listActivity } from "@/lib/audit/list-activity";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { changeMemberGrant } from "@/lib/members/change-members";
import { accessFor, addMember, createAccountWithOwner, createNamedProfile } from "../factories/accounts";
import { testClient } from "../factories/sessions";

const translate = translatorFor("en");
const t: Translate = (key, values) => translate(key as never, values as never);

/** The page's sentences, newest first, as an English reader sees them. */
async function sentences(accountId: string): Promise<string[]> {
  const { events, profileNames } = await listActivity(accountId, {});
  return events.map((event) => {
    const { key, values } = describeActivity({ kind: event.kind, details: event.details, actorName: event.actor?.name ?? null }, { locale: "en", t, profileNames });
    return t(`activity.events.${key}`, values);
  });
}

describe("the activity log's sentences", () => {
  it("name a member's named profile as it is called now", async () => {
    const { account, owner } = await createAccountWithOwner();
    const { membership, user } = await addMember(account.id, { builtInProfile: "BILLING" });
    const profile = await createNamedProfile(account.id, ["invoices.view", "audit.view"], "Bookkeeper");
    await changeMemberGrant(await accessFor(owner, account.id), { membershipId: membership.id, grant: { type: "named", profileId: profile.id } }, testClient());

    expect((await sentences(account.id))[0]).toBe(`Owner Person changed the access of ${user.email} from the profile “Billing” to the profile “Bookkeeper”`);
    await db.accountProfile.update({ where: { id: profile.id }, data: { name: "Accounts payable" } });
    expect((await sentences(account.id))[0]).toBe(`Owner Person changed the access of ${user.email} from the profile “Billing” to the profile “Accounts payable”`);
  });

  it("do not reveal another account's profile, even when an event names its id", async () => {
    const { account, owner } = await createAccountWithOwner();
    const { account: other } = await createAccountWithOwner();
    const foreign = await createNamedProfile(other.id, ["invoices.view"], "Their secret profile");
    await db.activityEvent.create({
      data: { accountId: account.id, actorId: owner.id, kind: "invitation.sent", details: { email: "ana@example.com", grant: { type: "named", profileId: foreign.id } } },
    });

    const { profileNames } = await listActivity(account.id, {});
    expect(profileNames.has(foreign.id)).toBe(false);
    expect((await sentences(account.id))[0]).toBe("Owner Person invited ana@example.com with a profile that has since been deleted");
  });

  it("start with the account's own creation, written by the app", async () => {
    const { account } = await createAccountWithOwner({ details: { legalName: "Empresa, S.A." } });
    expect(await sentences(account.id)).toEqual(["Owner Person created the account “Empresa, S.A.”"]);
  });
});
