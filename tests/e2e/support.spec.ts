import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { recordsOfAccount, replyFromProvider } from "./support/e2e-database";
import { signInToEmpresa } from "./support/demo-members";

/**
 * Support as a demo member of Empresa, S.A. sees it: Ana (Administrator) belongs to Empresa
 * alone, so signing in lands in it. The ticket is her own new one (a unique subject), so the
 * parallel tests on the seeded database never meet it.
 */

test("a member opens a ticket, the provider replies, and the member sees the reply", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "ana@example.com");
  await page.getByRole("navigation", { name: "Empresa, S.A." }).getByRole("link", { name: "Support" }).click();
  await expect(page).toHaveURL(`${accountPath}/support`);
  await expect(page.getByTestId("ticket-row").first()).toBeVisible();
  await page.getByRole("link", { name: "Open a ticket" }).click();

  const subject = `Backups missing ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Department").selectOption("TECHNICAL");
  await page.getByLabel("Priority").selectOption("HIGH");
  await page.getByLabel("Subject").fill(subject);
  // An oversized message first: the field says why, and what was typed stays.
  await page.getByLabel("Message").fill("x".repeat(10_001));
  await page.getByRole("button", { name: "Open ticket" }).click();
  await expect(page.getByText("A message can have at most 10,000 characters.")).toBeVisible();
  await expect(page.getByLabel("Subject")).toHaveValue(subject);

  await page.getByLabel("Message").fill("Last night's backup of web1 is not in the list. <script>alert(1)</script>");
  await page.getByRole("button", { name: "Open ticket" }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}/support/[0-9a-f-]{36}\\?opened=1$`));
  await expect(page.getByTestId("ticket-subject")).toHaveText(subject);
  await expect(page.getByTestId("ticket-status")).toHaveText("Open");
  await expect(page.getByTestId("ticket-message")).toHaveCount(1);
  // Plain text: the markup shows as typed, it does not run.
  await expect(page.getByTestId("ticket-message")).toContainText("<script>alert(1)</script>");
  await expect(page.getByTestId("ticket-message-author")).toHaveText("Ana Silva");

  const ticketId = new URL(page.url()).pathname.split("/").at(-1)!;
  await replyFromProvider(ticketId, "Irene (Nube Hosting support)", "The backup ran late; it is in the list now: https://status.nubehosting.example/backups");

  await page.reload();
  await expect(page.getByTestId("ticket-status")).toHaveText("Answered");
  const reply = page.getByTestId("ticket-message").nth(1);
  await expect(reply).toHaveAttribute("data-from", "staff");
  await expect(reply.getByTestId("ticket-message-author")).toHaveText("Irene (Nube Hosting support)");
  await expect(reply.getByRole("link", { name: "https://status.nubehosting.example/backups" })).toBeVisible();

  // Her answer moves the ticket to the provider's turn; then she closes it and it takes no more replies.
  await page.getByLabel("Your reply").fill("Thank you, I see it.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-message")).toHaveCount(3);
  await expect(page.getByTestId("ticket-status")).toHaveText("Customer reply");
  await page.getByRole("button", { name: "Close ticket" }).click();
  await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
  await expect(page.getByText("This ticket is closed. Reopen it to reply.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toBeVisible();

  await page.goto(`${accountPath}/support?status=closed`);
  await expect(page.getByRole("link", { name: subject })).toHaveAttribute("href", `${accountPath}/support/${ticketId}`);
});

test("another account's ticket is 404, under its own account and under the member's", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "ana@example.com");
  const foreign = await recordsOfAccount("Nube Agency");
  for (const url of [`/accounts/${foreign.accountId}/support/${foreign.ticketId}`, `${accountPath}/support/${foreign.ticketId}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});
