-- Fact and entity ids are taken 1 000 at a time (FactWriter.ID_BLOCK): one sequence call per thousand rows
-- rather than per fifty. A value v of either sequence stands for the ids v .. v + 999, as Hibernate's pooled-lo
-- optimizer reads it: the next value is at least 1 000 above the last block of fifty handed out before.
alter sequence fact_seq increment by 1000;
alter sequence fact_entity_seq increment by 1000;
