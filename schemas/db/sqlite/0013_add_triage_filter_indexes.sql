-- The triage queue filtered on one priority class reads that class's page in priority order straight from
-- this index, instead of walking every more urgent match of a hundred-thousand-match month first.
CREATE INDEX ix_matches_triage_class ON matches (period, priority_class, priority_score DESC, created_at, id);

-- The triage queue filtered on a team reads that team's cases of the month first when they are few.
CREATE INDEX ix_cases_team ON cases (period, team, route, match_id);
