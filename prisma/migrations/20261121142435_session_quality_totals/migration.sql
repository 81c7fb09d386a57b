-- AlterTable
ALTER TABLE "call_session" ADD COLUMN     "mos_fair" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mos_good" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mos_legs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mos_poor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mos_sum" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- Added by hand: the totals of sessions summarised before this migration, from their legs
-- (the bands are qualityLabel's: good from 4.0, fair from 3.6).
UPDATE "call_session" s
SET "mos_legs" = q.legs, "mos_good" = q.good, "mos_fair" = q.fair, "mos_poor" = q.poor, "mos_sum" = q.total
FROM (
  SELECT "session_id",
         count(*)::int AS legs,
         count(*) FILTER (WHERE "mos" >= 4.0)::int AS good,
         count(*) FILTER (WHERE "mos" >= 3.6 AND "mos" < 4.0)::int AS fair,
         count(*) FILTER (WHERE "mos" < 3.6)::int AS poor,
         sum("mos") AS total
  FROM "call_leg" WHERE "mos" IS NOT NULL GROUP BY "session_id"
) q
WHERE q."session_id" = s."id";
