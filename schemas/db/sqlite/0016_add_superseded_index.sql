-- A completed delivery re-matches the addresses whose signals it superseded; without this index that
-- lookup read every signal of the table, several times per delivery (11 s each at 100,000 signals).
CREATE INDEX ix_signals_superseded ON signals (superseded_by);
