-- A page of one category within a period (from/to) is cheap (primary key walk); its total was not: a BitmapAnd of
-- (category, id) and (period_start, period_end), then the table, 80 ms for 5 600 matches over 1 000 000 facts.
-- With category first and id last the count is an index-only range scan.
create index fact_category_period_ix on fact (category, period_start, period_end, id);
