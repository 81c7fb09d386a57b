-- CreateIndex
CREATE INDEX "audit_entry_target_type_target_id_at_idx" ON "audit_entry"("target_type", "target_id", "at" DESC);
