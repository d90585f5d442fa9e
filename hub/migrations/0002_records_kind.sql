-- The hub report (hub/report.go) reads records by kind: tickets and
-- rating summaries from a period's start, counter openings before its end.
CREATE INDEX records_kind_at ON records (kind, at);
