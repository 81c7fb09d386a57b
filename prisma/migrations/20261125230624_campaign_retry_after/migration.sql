-- AlterTable
ALTER TABLE "campaign_attempt" ADD COLUMN     "retry_after_ms" INTEGER;
