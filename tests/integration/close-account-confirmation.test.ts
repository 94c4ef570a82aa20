/**
 * Closing an account needs the account's name typed out: the dialog asks for it, and the
 * domain function checks it again, so a request that skips the dialog closes nothing.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeAccount } from "@/lib/accounts/close-account";
import { UserError } from "@/lib/errors/user-error";
import { accessFor, createAccountWithOwner } from "../factories/accounts";
import { testClient } from "../factories/sessions";
import { FACTORY_PASSWORD } from "../factories/users";

const stateOf = async (accountId: string) => ({
  status: (await db.clientAccount.findUniqueOrThrow({ where: { id: accountId } })).status,
  events: await db.activityEvent.count({ where: { accountId, kind: "account.closed" } }),
});

describe("closing an account with its name typed out", () => {
  it("refuses another name on the confirmName field, with the right password, and writes nothing", async () => {
    const { account, owner } = await createAccountWithOwner();
    const access = await accessFor(owner, account.id);
    const refusal = await closeAccount(access, { password: FACTORY_PASSWORD, confirmName: `${access.account.legalName} Ltd` }, testClient()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ code: "confirmNameMismatch", field: "confirmName" });
    expect(await stateOf(account.id)).toEqual({ status: "ACTIVE", events: 0 });
  });

  it("closes with the name as shown, letter case and outer spaces aside", async () => {
    const { account, owner } = await createAccountWithOwner();
    const access = await accessFor(owner, account.id);
    await closeAccount(access, { password: FACTORY_PASSWORD, confirmName: `  ${access.account.legalName.toUpperCase()} ` }, testClient());
    expect(await stateOf(account.id)).toEqual({ status: "CLOSED", events: 1 });
  });
});
