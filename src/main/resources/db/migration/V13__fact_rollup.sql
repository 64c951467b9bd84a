-- Rollups for summaries and time series (issue 14): one row per category, kind, unit, language and period of the
-- counted facts (no repeat, no upper end of a range), with how many there are, their sum, least and greatest amount.
-- FactRollups keeps them in the facts' own transaction: a stored document adds to its rows, a deleted or re-read one
-- has its rows recomputed from the facts that remain. The nullable columns are the facts' own (what a filter reads);
-- the k_ columns repeat them with a stand-in for "none", so the key can be a primary key in H2 and PostgreSQL alike.
create table fact_rollup (
    kind         varchar(16)    not null,
    language     varchar(16)    not null,
    k_category   varchar(32)    not null,
    k_unit       varchar(200)   not null,
    k_label      varchar(64)    not null,
    k_start      date           not null,
    k_end        date           not null,
    category     varchar(32),
    unit         varchar(200),
    period_label varchar(64),
    period_start date,
    period_end   date,
    facts        bigint         not null,
    amount_sum   numeric(38, 10) not null,
    amount_min   numeric(38, 10) not null,
    amount_max   numeric(38, 10) not null,
    constraint fact_rollup_pk primary key (kind, language, k_category, k_unit, k_label, k_start, k_end)
);
create index fact_rollup_category_ix on fact_rollup (category, unit);

insert into fact_rollup (kind, language, k_category, k_unit, k_label, k_start, k_end, category, unit, period_label,
        period_start, period_end, facts, amount_sum, amount_min, amount_max)
select kind, language, coalesce(category, ''), coalesce(unit, ''), coalesce(period_label, ''),
       coalesce(period_start, date '0001-01-01'), coalesce(period_end, date '0001-01-01'),
       category, unit, period_label, period_start, period_end, count(*), sum(amount), min(amount), max(amount)
from fact
where same_as is null and range_of is null
group by kind, language, category, unit, period_label, period_start, period_end;
