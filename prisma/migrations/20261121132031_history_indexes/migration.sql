-- CreateIndex
CREATE INDEX "call_session_final_status_started_at_idx" ON "call_session"("final_status", "started_at" DESC);

-- CreateIndex
CREATE INDEX "call_session_error_code_started_at_idx" ON "call_session"("error_code", "started_at" DESC);

-- CreateIndex
CREATE INDEX "call_session_flow_version_id_started_at_idx" ON "call_session"("flow_version_id", "started_at" DESC);

-- Added by hand (not expressible in schema.prisma): calls in progress, newest first, for
-- the live view's snapshot and the history's status=live filter.
CREATE INDEX "call_session_live_started_at_idx" ON "call_session"("started_at" DESC) WHERE "ended_at" IS NULL;
