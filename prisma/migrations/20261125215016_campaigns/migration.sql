-- CreateTable
CREATE TABLE "campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "flow_id" TEXT NOT NULL,
    "flow_version_id" TEXT NOT NULL,
    "caller_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "start_at" TIMESTAMP(3) NOT NULL,
    "end_at" TIMESTAMP(3) NOT NULL,
    "hours" JSONB NOT NULL,
    "calls_per_second" DOUBLE PRECISION NOT NULL,
    "max_concurrent" INTEGER NOT NULL,
    "retry_policy" JSONB NOT NULL,
    "next_slot_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "run_generation" INTEGER NOT NULL DEFAULT 0,
    "import_rows" INTEGER NOT NULL DEFAULT 0,
    "import_duplicates" INTEGER NOT NULL DEFAULT 0,
    "import_invalid" JSONB NOT NULL DEFAULT '[]',
    "import_invalid_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_contact" (
    "id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "vars" JSONB NOT NULL DEFAULT '{}',
    "line" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'WAITING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_attempt" (
    "id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,
    "contact_id" TEXT NOT NULL,
    "attempt_no" INTEGER NOT NULL,
    "claimed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dialed_at" TIMESTAMP(3),
    "session_id" TEXT,
    "summary_status" TEXT,
    "error_code" INTEGER,
    "ended_at" TIMESTAMP(3),
    "outcome" TEXT,
    "detail" TEXT,
    "settled_at" TIMESTAMP(3),

    CONSTRAINT "campaign_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sandbox_dial" (
    "id" BIGSERIAL NOT NULL,
    "session_id" TEXT NOT NULL,
    "client_request_id" TEXT,
    "source" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "server" TEXT NOT NULL,

    CONSTRAINT "sandbox_dial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sandbox_script" (
    "number" TEXT NOT NULL,
    "answers" JSONB NOT NULL,

    CONSTRAINT "sandbox_script_pkey" PRIMARY KEY ("number")
);

-- CreateIndex
CREATE INDEX "campaign_status_idx" ON "campaign"("status");

-- CreateIndex
CREATE INDEX "campaign_contact_campaign_id_state_idx" ON "campaign_contact"("campaign_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_contact_campaign_id_number_key" ON "campaign_contact"("campaign_id", "number");

-- CreateIndex
CREATE INDEX "campaign_attempt_session_id_idx" ON "campaign_attempt"("session_id");

-- CreateIndex
CREATE INDEX "campaign_attempt_campaign_id_settled_at_idx" ON "campaign_attempt"("campaign_id", "settled_at");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_attempt_contact_id_attempt_no_key" ON "campaign_attempt"("contact_id", "attempt_no");

-- CreateIndex
CREATE INDEX "sandbox_dial_destination_idx" ON "sandbox_dial"("destination");

-- AddForeignKey
ALTER TABLE "campaign_contact" ADD CONSTRAINT "campaign_contact_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_attempt" ADD CONSTRAINT "campaign_attempt_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_attempt" ADD CONSTRAINT "campaign_attempt_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "campaign_contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
