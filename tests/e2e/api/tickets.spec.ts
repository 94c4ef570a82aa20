import { createTicketOf } from "../support/e2e-database";
import { createAccountInDatabase } from "../support/members-in-database";
import { newPerson, signInAsNewUser } from "../support/people";
import { expect, test } from "./support/api-test";

/**
 * The provider's help desk through the API over real HTTP, every answer checked against the
 * served document, and what the member sees of it on the ticket's page and in their mail.
 */

type Ticket = { id: string; status: string; messages: { body: string; author: { kind: string; name: string | null } }[] };

test("a staff reply through the API appears on the member's ticket; the help desk closes it", async ({ api, page }) => {
  const member = newPerson("api-ticket-owner");
  await signInAsNewUser(page, member);
  const accountId = await createAccountInDatabase(member, `Api Tickets ${Date.now()}, S.L.`);
  const subject = `Mail bounces ${Date.now()}`;
  const ticketId = await createTicketOf(accountId, member.email, subject);

  const listed = await api.get<{ data: { id: string; subject: string }[] }>(`/tickets?accountId=${accountId}&status=OPEN`);
  expect(listed.body.data.map((row) => [row.id, row.subject])).toEqual([[ticketId, subject]]);
  const reader = await api.withScopes(["tickets:read"]);
  expect((await reader.post(`/tickets/${ticketId}/replies`, { staffName: "Irene", body: "Hi" })).status).toBe(403);
  expect((await api.post(`/tickets/${ticketId}/replies`, { staffName: "Irene", body: "" })).status).toBe(422);

  const replied = await api.post<Ticket>(
    `/tickets/${ticketId}/replies`,
    { staffName: "Irene (Nube Hosting support)", body: "The SPF record was missing; it is in place now." },
    { headers: { "Idempotency-Key": `reply-${ticketId}` } },
  );
  expect(replied.status).toBe(201);
  expect(replied.body.status).toBe("ANSWERED");
  expect(replied.body.messages.map((message) => message.author)).toEqual([
    { kind: "member", userId: expect.any(String), name: member.name },
    { kind: "staff", name: "Irene (Nube Hosting support)" },
  ]);

  await page.goto(`/accounts/${accountId}/support/${ticketId}`);
  await expect(page.getByTestId("ticket-status")).toHaveText("Answered");
  const reply = page.getByTestId("ticket-message").nth(1);
  await expect(reply).toHaveAttribute("data-from", "staff");
  await expect(reply.getByTestId("ticket-message-author")).toHaveText("Irene (Nube Hosting support)");
  await expect(reply).toContainText("The SPF record was missing; it is in place now.");

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(member.email)}`);
  await expect(page.getByTestId("mailbox-message").filter({ hasText: "The SPF record was missing" })).toHaveCount(1);

  const closed = await api.patch<Ticket>(`/tickets/${ticketId}`, { status: "CLOSED" });
  expect([closed.status, closed.body.status]).toEqual([200, "CLOSED"]);
  expect((await api.patch(`/tickets/${ticketId}`, { status: "CLOSED" })).status).toBe(409);
  expect((await api.patch(`/tickets/${ticketId}`, { status: "ANSWERED" })).status).toBe(422);
  expect((await api.get(`/tickets/${accountId}`)).status).toBe(404);

  await page.goto(`/accounts/${accountId}/support/${ticketId}`);
  await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
});
