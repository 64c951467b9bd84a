-- Ranges ("4 to 6 per cent"): the lower end's fact carries the upper end's amount, and the upper end's
-- fact names the lower end's, so aggregates count the range once.
alter table fact add column amount_max numeric(38, 10);
alter table fact add column range_of bigint;
