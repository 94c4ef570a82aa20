-- Indexes for the batched deletes of lib/maintenance/retention.ts (npm run prune): each
-- batch finds its 5,000 oldest rows by one of these instead of scanning the whole table.

-- CreateIndex
CREATE INDEX "Session_endedAt_idx" ON "Session"("endedAt");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_createdAt_idx" ON "SecurityEvent"("createdAt");

-- CreateIndex
CREATE INDEX "ThrottleCounter_windowStartedAt_idx" ON "ThrottleCounter"("windowStartedAt");

-- CreateIndex
CREATE INDEX "EmailMessage_createdAt_idx" ON "EmailMessage"("createdAt");

-- CreateIndex
CREATE INDEX "SeatPresence_lastSeenAt_idx" ON "SeatPresence"("lastSeenAt");
