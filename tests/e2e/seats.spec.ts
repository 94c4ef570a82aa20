import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/demo-users";
import { fillSignIn } from "./support/people";

/** Nube Agency is seeded with one seat, its owner Nora and two technicians, Leo and Ines. */
const person = (email: string) => DEMO_USERS.find((user) => user.email === email)!;

test("with one seat, a second member sees who holds it; the owner frees it and the member gets in", async ({ browser }) => {
  const newPage = async () => (await browser.newContext()).newPage();
  const [leo, ines, nora] = [await newPage(), await newPage(), await newPage()];

  await leo.goto("/sign-in");
  await fillSignIn(leo, person("leo@example.com").email, person("leo@example.com").password);
  await expect(leo.getByTestId("your-profile")).toHaveText("You are Technician in this account.");
  const accountUrl = leo.url();

  await ines.goto("/sign-in");
  await fillSignIn(ines, person("ines@example.com").email, person("ines@example.com").password);
  await expect(ines.getByRole("heading", { name: "All seats are in use" })).toBeVisible();
  await expect(ines.getByTestId("seat-holder")).toHaveCount(1);
  await expect(ines.getByTestId("seat-holder")).toContainText("Leo Brandt");
  // A technician may not free seats.
  await expect(ines.getByRole("button", { name: /Free this seat/ })).toHaveCount(0);

  // The owner is always let in, sees the seat in use and frees it.
  await nora.goto("/sign-in");
  await fillSignIn(nora, person("nora@example.com").email, person("nora@example.com").password);
  await expect(nora.getByTestId("your-profile")).toHaveText("You are Owner in this account.");
  await nora.goto(`${accountUrl}/settings`);
  await expect(nora.getByTestId("seat-usage")).toContainText("1 of 1 seats in use.");
  await nora.getByRole("button", { name: "Free this seat: Leo Brandt" }).click();
  await expect(nora.getByTestId("seat-usage")).toContainText("0 of 1 seats in use.");

  await ines.getByRole("link", { name: "Try again" }).click();
  await expect(ines.getByTestId("your-profile")).toHaveText("You are Technician in this account.");

  // Now Leo is the one kept out, told who holds the seat.
  await leo.reload();
  await expect(leo.getByTestId("seat-holder")).toContainText("Ines Moreau");

  // Signing out frees the seat at once.
  await ines.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(ines).toHaveURL(/\/sign-in/);
  await leo.reload();
  await expect(leo.getByTestId("your-profile")).toHaveText("You are Technician in this account.");

  await nora.goto(`${accountUrl}/activity`);
  await expect(nora.getByTestId("activity-row").filter({ hasText: `${person("nora@example.com").name} freed the seat held by leo@example.com` })).toHaveCount(1);
  await Promise.all([leo, ines, nora].map((page) => page.context().close()));
});
