-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CallDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('VCA', 'VCS', 'VSS', 'SEND_CALLFLOW');

-- CreateTable
CREATE TABLE "flow" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "draft_revision" INTEGER NOT NULL DEFAULT 1,
    "published_version_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "flow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "flow_version" (
    "id" TEXT NOT NULL,
    "flow_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by" TEXT,

    CONSTRAINT "flow_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone_number" (
    "number" TEXT NOT NULL,
    "flow_id" TEXT NOT NULL,
    "label" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "phone_number_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "call_session" (
    "id" TEXT NOT NULL,
    "flow_id" TEXT,
    "flow_version_id" TEXT,
    "direction" "CallDirection" NOT NULL,
    "caller" TEXT,
    "dialed" TEXT,
    "call_id" TEXT,
    "status" TEXT NOT NULL,
    "current_node_id" TEXT,
    "vars" JSONB NOT NULL DEFAULT '{}',
    "last_digits" TEXT,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMP(3),
    "final_status" TEXT,
    "last_action" TEXT,
    "error_code" INTEGER,
    "error_message" TEXT,
    "error_meaning" TEXT,
    "client_request_id" TEXT,

    CONSTRAINT "call_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_event" (
    "id" BIGSERIAL NOT NULL,
    "event_key" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "session_id" TEXT,
    "call_status" TEXT,
    "client_action_id" TEXT,
    "dtmf" TEXT,
    "node_id" TEXT,
    "request" JSONB NOT NULL,
    "reply" JSONB,
    "http_status" INTEGER,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "latency_ms" DOUBLE PRECISION,

    CONSTRAINT "call_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_leg" (
    "id" BIGSERIAL NOT NULL,
    "session_id" TEXT NOT NULL,
    "leg_key" TEXT NOT NULL,
    "call_id" TEXT NOT NULL,
    "direction" TEXT,
    "call_type" TEXT,
    "source" TEXT,
    "destination" TEXT,
    "status" TEXT,
    "initiated_at" TIMESTAMP(3),
    "connected_at" TIMESTAMP(3),
    "disconnected_at" TIMESTAMP(3),
    "duration_s" INTEGER,
    "mos" DOUBLE PRECISION,
    "packet_loss_rate" DOUBLE PRECISION,
    "jitter_ms" DOUBLE PRECISION,

    CONSTRAINT "call_leg_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "flow_published_version_id_key" ON "flow"("published_version_id");

-- CreateIndex
CREATE UNIQUE INDEX "flow_version_flow_id_version_key" ON "flow_version"("flow_id", "version");

-- CreateIndex
CREATE INDEX "phone_number_flow_id_idx" ON "phone_number"("flow_id");

-- CreateIndex
CREATE INDEX "call_session_started_at_idx" ON "call_session"("started_at" DESC);

-- CreateIndex
CREATE INDEX "call_session_flow_id_started_at_idx" ON "call_session"("flow_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "call_session_final_status_idx" ON "call_session"("final_status");

-- CreateIndex
CREATE UNIQUE INDEX "call_event_event_key_key" ON "call_event"("event_key");

-- CreateIndex
CREATE INDEX "call_event_session_id_id_idx" ON "call_event"("session_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "call_leg_session_id_leg_key_key" ON "call_leg"("session_id", "leg_key");

-- AddForeignKey
ALTER TABLE "flow" ADD CONSTRAINT "flow_published_version_id_fkey" FOREIGN KEY ("published_version_id") REFERENCES "flow_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flow_version" ADD CONSTRAINT "flow_version_flow_id_fkey" FOREIGN KEY ("flow_id") REFERENCES "flow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone_number" ADD CONSTRAINT "phone_number_flow_id_fkey" FOREIGN KEY ("flow_id") REFERENCES "flow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_session" ADD CONSTRAINT "call_session_flow_version_id_fkey" FOREIGN KEY ("flow_version_id") REFERENCES "flow_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_leg" ADD CONSTRAINT "call_leg_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "call_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
