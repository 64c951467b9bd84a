-- H2 twin of db/migration-postgresql/V9__text_search.sql, so both databases number their schema alike: H2 has
-- no trigram index, and its text search keeps scanning (fine at the sizes an embedded store holds).
select 1;
