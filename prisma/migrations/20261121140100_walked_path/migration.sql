-- AlterTable
ALTER TABLE "call_event" ADD COLUMN     "resumed_output" TEXT,
ADD COLUMN     "walked_nodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "walked_outputs" TEXT[] DEFAULT ARRAY[]::TEXT[];
