-- AlterTable
ALTER TABLE "call_event" ADD COLUMN     "data_dips" JSONB;
