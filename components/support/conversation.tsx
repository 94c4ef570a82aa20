import { LinkifiedText } from "@/components/ui/linkified-text";

export type ConversationMessage = { id: string; body: string; when: string; staffName: string | null; authorName: string | null };

/**
 * The ticket's messages, oldest first. The provider's staff and the account's members are
 * set apart (side, colour and a label), so nobody mistakes a colleague's note for support's
 * answer. Bodies are plain text: React escapes them, LinkifiedText only links http(s) URLs.
 */
export function Conversation({ messages, labels }: { messages: ConversationMessage[]; labels: { staff: string; formerMember: string } }) {
  return (
    <ol className="space-y-4">
      {messages.map((message) => {
        const fromStaff = message.staffName !== null;
        return (
          <li
            key={message.id}
            data-testid="ticket-message"
            data-from={fromStaff ? "staff" : "member"}
            className={`rounded-lg border p-4 ${fromStaff ? "mr-8 border-blue-200 bg-blue-50" : "ml-8 border-slate-200 bg-white"}`}
          >
            <p className="text-sm">
              <span className="font-medium" data-testid="ticket-message-author">
                {fromStaff ? message.staffName : (message.authorName ?? labels.formerMember)}
              </span>
              {fromStaff ? <span className="ml-2 rounded bg-blue-700 px-1.5 py-0.5 text-xs font-medium text-white">{labels.staff}</span> : null}
              <span className="ml-2 text-slate-500">{message.when}</span>
            </p>
            <LinkifiedText text={message.body} />
          </li>
        );
      })}
    </ol>
  );
}
