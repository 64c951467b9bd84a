-- The entity filter becomes one indexed equality. It matched a fact when one of its entities had the asked name
-- as name_key OR as mention_key: two indexes, and a plan that had to gather every matching fact id before it could
-- page (0.4-1.1 s for a popular name over 1 000 000 facts, docs/performance.md "Query speed"). Each fact now has one
-- row per distinct lookup key of its entities (names and mentions, lower case), written with the facts
-- (FactWriter); (lookup_key, fact_id) gives a name's facts in id order, which is the default page order.
create table fact_entity_key (
    lookup_key varchar(300) not null,
    fact_id    bigint       not null,
    constraint fact_entity_key_pk primary key (lookup_key, fact_id),
    constraint fact_entity_key_fact_fk foreign key (fact_id) references fact (id) on delete cascade
);
-- deleting a document's facts (cascade, re-extraction) finds their keys by fact
create index fact_entity_key_fact_ix on fact_entity_key (fact_id);
insert into fact_entity_key (lookup_key, fact_id)
select name_key, fact_id from fact_entity
union
select mention_key, fact_id from fact_entity;

-- Indexes no query uses, each paid on every insert (together ~40 % of the time of a COPY into fact):
-- the entity key indexes (replaced by fact_entity_key), the plain name index (entity listings filter with
-- lower(name) like '%…%', which no B-tree serves), language (a third to a half of all facts per value: a page
-- walks (category, id) or the primary key instead), amount alone (value sorts and ranges go through
-- (kind, unit, amount, id)) and twin_id (twins are found through the primary key: t.id = f.twin_id).
drop index fact_entity_name_key_ix;
drop index fact_entity_mention_key_ix;
drop index fact_entity_name_ix;
drop index fact_language_ix;
drop index fact_amount_ix;
drop index fact_twin_ix;
