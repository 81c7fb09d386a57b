-- AlterTable
ALTER TABLE "call_session" ADD COLUMN     "step" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "var_steps" JSONB NOT NULL DEFAULT '{}';
