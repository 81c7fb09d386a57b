-- CreateTable
CREATE TABLE "do_not_call" (
    "number" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "reason" TEXT,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "added_by" TEXT,
    "session_id" TEXT,

    CONSTRAINT "do_not_call_pkey" PRIMARY KEY ("number")
);

-- CreateIndex
CREATE INDEX "do_not_call_added_at_idx" ON "do_not_call"("added_at" DESC);
