-- Lower-cased copies of an entity's name and mention. The entity filter is case-insensitive, and
-- "lower(name) = ?" can use no index that H2 and PostgreSQL share (no expression indexes in H2), so it
-- read all of fact_entity on every filtered request. The application fills the keys on every write
-- (FactEntity.fillKeys, Locale.ROOT); rows already stored get SQL lower() here.
alter table fact_entity add column name_key varchar(300);
alter table fact_entity add column mention_key varchar(300);
update fact_entity set name_key = lower(name), mention_key = lower(mention);
alter table fact_entity alter column name_key set not null;
alter table fact_entity alter column mention_key set not null;
create index fact_entity_name_key_ix on fact_entity (name_key, fact_id);
create index fact_entity_mention_key_ix on fact_entity (mention_key, fact_id);
