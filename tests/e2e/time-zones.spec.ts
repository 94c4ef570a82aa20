import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-users";
import { MOMENT_WITH_SECONDS } from "../../lib/i18n/formats";
import { fillSignIn } from "./support/people";
import { firstEventAt, memberInDatabase } from "./support/members-in-database";

/**
 * The same moment, read by two members of one account on two sides of the Atlantic: each
 * sees it on their own clock, with the zone's name, on the activity log and on their
 * sessions. The expected text is what Intl writes for that instant in that zone.
 */
const personal = DEMO_ACCOUNTS[1]!;

async function signedIn(browser: Browser, timeZone: string) {
  const member = await memberInDatabase(personal.legalName, { locale: "en", timeZone });
  const page = await browser.newPage();
  await page.goto("/sign-in");
  await fillSignIn(page, member.email, member.password);
  await expect(page).not.toHaveURL(/sign-in/);
  return { member, page };
}

const zoneName = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "short" }).formatToParts(instant).find((part) => part.type === "timeZoneName")!.value;

test("Madrid and New York see the account's creation and their sessions at their own local time", async ({ browser }) => {
  const readers = [await signedIn(browser, "Europe/Madrid"), await signedIn(browser, "America/New_York")];
  const createdAt = await firstEventAt(readers[0]!.member.accountId, "account.created");
  const shown: string[] = [];

  for (const { member, page } of readers) {
    await page.goto(`/accounts/${member.accountId}/activity?kind=account.created`);
    const when = page.getByTestId("activity-row").first().getByRole("cell").first();
    const expected = new Intl.DateTimeFormat("en", { ...MOMENT_WITH_SECONDS, timeZone: member.timeZone }).format(createdAt);
    await expect(when).toHaveText(expected);
    shown.push(await when.innerText());

    await page.goto("/user/security");
    await expect(page.getByTestId("session-row").first()).toContainText(zoneName(new Date(), member.timeZone));
    await page.close();
  }
  expect(shown[0]).not.toBe(shown[1]);
});
