-- Added by hand (not expressible in schema.prisma): the attempts still holding a line, which
-- every campaign claim counts (lib/server/campaigns/dial-contact.ts) while it holds the
-- campaign's row lock. Without it that count would read every attempt ever made.
CREATE INDEX "campaign_attempt_active_idx" ON "campaign_attempt"("campaign_id") WHERE "settled_at" IS NULL AND "ended_at" IS NULL AND "outcome" IS NULL;
