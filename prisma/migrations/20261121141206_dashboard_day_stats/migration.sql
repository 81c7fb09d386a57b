-- CreateTable
CREATE TABLE "call_day_stats" (
    "flow_key" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "hours" JSONB NOT NULL,
    "outcomes" JSONB NOT NULL,
    "durations" JSONB NOT NULL,
    "duration_sum" DOUBLE PRECISION NOT NULL,
    "legs" INTEGER NOT NULL,
    "good" INTEGER NOT NULL,
    "fair" INTEGER NOT NULL,
    "poor" INTEGER NOT NULL,
    "mos_sum" DOUBLE PRECISION NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_day_stats_pkey" PRIMARY KEY ("flow_key","day")
);
