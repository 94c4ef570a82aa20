import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

type Answered = { id: string; kind: "UPGRADE" | "CANCELLATION"; status: "OPEN" | "DONE" | "REJECTED" | "WITHDRAWN"; targetProduct: string | null; responseMessage: string | null; settledAt: Date | null };

/** The provider's answers to the members' upgrade and cancellation requests, with its message. */
export async function AnsweredRequests({ requests }: { requests: Answered[] }) {
  const [t, format] = await Promise.all([getTranslations("services.requests"), getFormatter()]);
  return (
    <Card title={t("settled")}>
      <ul className="space-y-3 text-sm">
        {requests.map((request) => (
          <li key={request.id} data-testid="answered-request" data-status={request.status}>
            <p>
              {t(`${request.kind}_${request.status === "DONE" ? "DONE" : "REJECTED"}`, {
                product: request.targetProduct ?? "",
                date: request.settledAt ? format.dateTime(request.settledAt, { dateStyle: "medium" }) : "",
              })}
            </p>
            {request.responseMessage ? <p className="mt-1 whitespace-pre-line text-slate-600">{t("providerMessage", { message: request.responseMessage })}</p> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
