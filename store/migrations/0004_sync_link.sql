-- The station's link to its hub (docs/SYNC.md, "Enrollment" and "Uploader").
-- Times are Unix milliseconds (station clock).

-- Where the hub is and the SHA-256 of its TLS certificate, pinned at
-- enrollment; what the last upload attempts said, for the counter header
-- and motcua sync status.
ALTER TABLE sync_state ADD COLUMN hub_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_state ADD COLUMN hub_fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_state ADD COLUMN last_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN last_success_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_state ADD COLUMN last_error_at INTEGER NOT NULL DEFAULT 0;
-- station clock minus hub clock, from the hub's answers; NULL until one came
ALTER TABLE sync_state ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE sync_state ADD COLUMN clock_offset_at INTEGER NOT NULL DEFAULT 0;
