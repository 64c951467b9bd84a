-- What a fact measures and how figures relate: category, links to other facts of the same document
-- (equivalent amount in another currency with the implied rate, the figure a change belongs to, the
-- first mention of a repeated figure) and the entities each fact is about.
alter table fact add column category varchar(32);
alter table fact add column equivalent_of bigint;
alter table fact add column implied_rate numeric(38, 10);
alter table fact add column change_of bigint;
alter table fact add column same_as bigint;
create index fact_category_ix on fact (category);

create sequence fact_entity_seq start with 1 increment by 50;

create table fact_entity (
    id       bigint primary key,
    fact_id  bigint       not null,
    name     varchar(300) not null,
    mention  varchar(300) not null,
    type     varchar(32)  not null,
    constraint fact_entity_fact_fk foreign key (fact_id) references fact (id) on delete cascade
);
create index fact_entity_fact_ix on fact_entity (fact_id);
create index fact_entity_name_ix on fact_entity (name);
