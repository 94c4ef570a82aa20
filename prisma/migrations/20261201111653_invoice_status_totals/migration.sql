-- CreateTable
CREATE TABLE "InvoiceStatusTotal" (
    "accountId" UUID NOT NULL,
    "status" "InvoiceStatus" NOT NULL,
    "currency" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "InvoiceStatusTotal_pkey" PRIMARY KEY ("accountId","status","currency")
);

-- AddForeignKey
ALTER TABLE "InvoiceStatusTotal" ADD CONSTRAINT "InvoiceStatusTotal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ClientAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The totals follow every change to an invoice, whichever code (or SQL) makes it: one row
-- per (account, status, currency) is moved by each insert, delete, or change of status,
-- currency, amount or account. Rows of one account are locked in a fixed order (the old
-- status before the new), so concurrent writes of one account queue instead of deadlocking.
CREATE FUNCTION invoice_status_totals_add(account UUID, state "InvoiceStatus", money TEXT, delta INTEGER, amount BIGINT) RETURNS VOID AS $$
  INSERT INTO "InvoiceStatusTotal" ("accountId", "status", "currency", "count", "amountMinor")
  VALUES (account, state, money, delta, delta * amount)
  ON CONFLICT ("accountId", "status", "currency") DO UPDATE
  SET "count" = "InvoiceStatusTotal"."count" + EXCLUDED."count",
      "amountMinor" = "InvoiceStatusTotal"."amountMinor" + EXCLUDED."amountMinor";
$$ LANGUAGE sql;

CREATE FUNCTION invoice_status_totals_track() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM invoice_status_totals_add(OLD."accountId", OLD."status", OLD."currency", -1, OLD."totalMinor");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM invoice_status_totals_add(NEW."accountId", NEW."status", NEW."currency", 1, NEW."totalMinor");
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Invoice_status_totals_insert_delete" AFTER INSERT OR DELETE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION invoice_status_totals_track();

CREATE TRIGGER "Invoice_status_totals_update" AFTER UPDATE ON "Invoice"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."currency" IS DISTINCT FROM NEW."currency"
        OR OLD."totalMinor" IS DISTINCT FROM NEW."totalMinor" OR OLD."accountId" IS DISTINCT FROM NEW."accountId")
  EXECUTE FUNCTION invoice_status_totals_track();

-- The invoices already there.
INSERT INTO "InvoiceStatusTotal" ("accountId", "status", "currency", "count", "amountMinor")
SELECT "accountId", "status", "currency", count(*)::INTEGER, sum("totalMinor")::BIGINT
FROM "Invoice"
GROUP BY 1, 2, 3;
