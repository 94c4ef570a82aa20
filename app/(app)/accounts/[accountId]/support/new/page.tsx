import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { ticketServiceChoices } from "@/lib/support/list-tickets";
import { Card } from "@/components/ui/card";
import { OpenTicketForm } from "@/components/support/open-ticket-form";
import { openTicketAction } from "../actions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support.new");
  return { title: t("title") };
}

export default async function NewTicketPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("support/new"));
  // Billing members open tickets but may not see services: they get no service to choose, not a list of them.
  const services = meets(access, "services.view") ? await ticketServiceChoices(accountId) : [];
  const t = await getTranslations("support.new");
  return (
    <ClientMessages namespaces={["support"]}>
      <Card title={t("title")}>
        <OpenTicketForm
          action={openTicketAction}
          accountId={accountId}
          services={services.map((service) => ({ id: service.id, label: service.domain ? `${service.productName} (${service.domain})` : service.productName }))}
        />
      </Card>
    </ClientMessages>
  );
}
