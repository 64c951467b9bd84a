-- A fact of a bilingual document points at its twin in the other language (both directions).
alter table fact add column twin_id bigint;
create index fact_twin_ix on fact (twin_id);
