-- The triage queue reads one page of a period's matches in priority order; this index serves that order
-- directly, so a page costs the same with a thousand or a hundred thousand matches.
CREATE INDEX ix_matches_triage ON matches (period, priority_score DESC, created_at, id);
