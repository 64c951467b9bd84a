-- Indexes for the common fact queries, chosen from EXPLAIN ANALYZE on 1 000 000 synthetic facts
-- (.ci/querybench, docs/performance.md "Query speed"). Plain indexes only: they run on H2 and PostgreSQL.

-- A page of one category in id order (the default sort) walks this index and stops after the page;
-- holding id, it also answers the page total (count) from the index alone: with (category) the count read
-- every fact of the category from the table (430 ms for 88 000). Replaces its prefix.
create index fact_category_id_ix on fact (category, id);
drop index fact_category_ix;

-- kind + currency (or unit) by value, both directions (read backwards for -value; id breaks ties after an
-- incremental sort), and the page total as an index-only count. Replaces its prefix.
create index fact_kind_unit_amount_ix on fact (kind, unit, amount, id);
drop index fact_kind_unit_ix;

-- The "latest" fact of each summary group (kind and unit are always fixed there), in the query's order:
-- newest period first, undated last, then newest id.
create index fact_kind_unit_latest_ix on fact (kind, unit, period_end desc nulls last, id desc);
