-- Statistics (issue 16): the statistic a fact reports, 128 bits of the SHA-256 of its identity in hex
-- (StatisticIdentity), so grouping needs no shared row and every instance computes the same id. Facts stored before this migration
-- have none until their document is read again.
alter table fact add column statistic_id varchar(32);
create index fact_statistic on fact (statistic_id);
