-- Rollups by entity (issue 14): a summary filtered by one entity read every fact of that entity (hundreds of ms for
-- a popular one over 1 M facts), then sought each group's latest fact among them. fact_entity_rollup holds, for each
-- lookup key of fact_entity_key (the lower-cased names and mentions a fact can be found by), one row per kind,
-- language, category and unit of the counted facts (no repeat, no upper end of a range): count, sum, least and
-- greatest amount, the latest period end (last_end) and the newest fact id with that end (last_end_id; when no fact
-- of the row has a period, the newest of all). No period in the key: periods are many and would make nearly a row a
-- fact; a summary that groups or filters by period reads fact_rollup or the facts. FactRollups keeps the rows in the
-- facts' own transaction, as it keeps fact_rollup.
create table fact_entity_rollup (
    lookup_key   varchar(300)   not null,
    kind         varchar(16)    not null,
    language     varchar(16)    not null,
    k_category   varchar(32)    not null,
    k_unit       varchar(200)   not null,
    category     varchar(32),
    unit         varchar(200),
    facts        bigint         not null,
    amount_sum   numeric(38, 10) not null,
    amount_min   numeric(38, 10) not null,
    amount_max   numeric(38, 10) not null,
    last_end     date,
    last_end_id  bigint         not null,
    constraint fact_entity_rollup_pk primary key (lookup_key, kind, language, k_category, k_unit)
);

insert into fact_entity_rollup (lookup_key, kind, language, k_category, k_unit, category, unit, facts, amount_sum,
        amount_min, amount_max, last_end, last_end_id)
select g.lookup_key, g.kind, g.language, g.k_category, g.k_unit, g.category, g.unit, g.facts, g.amount_sum,
       g.amount_min, g.amount_max, g.last_end, e.newest
from (select k.lookup_key, f.kind, f.language, coalesce(f.category, '') as k_category, coalesce(f.unit, '') as k_unit,
             min(f.category) as category, min(f.unit) as unit, count(*) as facts, sum(f.amount) as amount_sum,
             min(f.amount) as amount_min, max(f.amount) as amount_max, max(f.period_end) as last_end
      from fact f join fact_entity_key k on k.fact_id = f.id
      where f.same_as is null and f.range_of is null
      group by k.lookup_key, f.kind, f.language, coalesce(f.category, ''), coalesce(f.unit, '')) g
join (select k.lookup_key, f.kind, f.language, coalesce(f.category, '') as k_category, coalesce(f.unit, '') as k_unit,
             coalesce(f.period_end, date '0001-01-01') as k_end, max(f.id) as newest
      from fact f join fact_entity_key k on k.fact_id = f.id
      where f.same_as is null and f.range_of is null
      group by k.lookup_key, f.kind, f.language, coalesce(f.category, ''), coalesce(f.unit, ''),
               coalesce(f.period_end, date '0001-01-01')) e
  on e.lookup_key = g.lookup_key and e.kind = g.kind and e.language = g.language and e.k_category = g.k_category
     and e.k_unit = g.k_unit and e.k_end = coalesce(g.last_end, date '0001-01-01');
