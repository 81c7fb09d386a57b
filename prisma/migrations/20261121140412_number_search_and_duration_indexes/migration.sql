-- DropIndex
DROP INDEX "call_session_final_status_idx";

-- Added by hand (not expressible in schema.prisma). The history's number search matches
-- the start or the end of the caller's or dialed number (a full number, a country or area
-- code, the last digits), with or without a leading +: LIKE 'digits%' on ltrim(number, '+'),
-- and on reverse(number) for the end, both served by btree text_pattern_ops indexes.
-- (No btree index serves a substring search, and pg_trgm is not loaded in the embedded
-- database: docs/benchmarks.md.) No semicolons in these comments: the migration is split
-- into statements at each one.
CREATE INDEX "call_session_caller_prefix_idx" ON "call_session"(ltrim("caller", '+') text_pattern_ops);
CREATE INDEX "call_session_caller_suffix_idx" ON "call_session"(reverse("caller") text_pattern_ops);
CREATE INDEX "call_session_dialed_prefix_idx" ON "call_session"(ltrim("dialed", '+') text_pattern_ops);
CREATE INDEX "call_session_dialed_suffix_idx" ON "call_session"(reverse("dialed") text_pattern_ops);

-- Sorting by duration, longest or shortest first, calls without an end last.
CREATE INDEX "call_session_duration_desc_idx" ON "call_session"(("ended_at" - "started_at") DESC NULLS LAST);
CREATE INDEX "call_session_duration_asc_idx" ON "call_session"(("ended_at" - "started_at") ASC NULLS LAST);
