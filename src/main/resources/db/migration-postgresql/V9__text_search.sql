-- PostgreSQL only (quarkus.flyway.locations: db/migration plus db/migration-<db-kind>; H2 has a no-op V9).
-- Text search (q=, subject=) is lower(subject|sentence) like '%…%', which no B-tree can serve: it read every fact
-- (≈ 1 s over 1 000 000, docs/performance.md "Query speed"). Trigram GIN indexes on the same expressions answer
-- it for patterns of three characters or more, unchanged in meaning (the pattern still matches literally).
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index fact_subject_trgm_ix on fact using gin (lower(subject) gin_trgm_ops);
create index fact_sentence_trgm_ix on fact using gin (lower(sentence) gin_trgm_ops);
