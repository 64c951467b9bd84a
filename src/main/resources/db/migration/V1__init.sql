-- econfacts schema v1: documents as submitted and the facts read from them.
-- Written to run unchanged on H2 (embedded default) and PostgreSQL (production).

create sequence document_seq start with 1 increment by 50;
create sequence fact_seq start with 1 increment by 50;

create table document (
    id            bigint primary key,
    content_hash  varchar(64)   not null,
    title         varchar(1000),
    url           varchar(2000),
    published_at  date,
    reference_date date         not null,
    language      varchar(64),
    body          varchar       not null,
    created_at    timestamp with time zone not null,
    constraint document_content_hash_uk unique (content_hash)
);

create index document_created_at_ix on document (created_at);
create index document_published_at_ix on document (published_at);

create table fact (
    id               bigint primary key,
    document_id      bigint        not null,
    kind             varchar(16)   not null,
    amount           numeric(38, 10) not null,
    unit             varchar(200),
    approximation    varchar(16)   not null,
    change_direction varchar(16),
    change_basis     varchar(32),
    period_start     date,
    period_end       date,
    period_label     varchar(64),
    subject          varchar(1000),
    mention          varchar(1000) not null,
    span_start       integer       not null,
    span_end         integer       not null,
    sentence         varchar       not null,
    language         varchar(16)   not null,
    rule_name        varchar(200),
    created_at       timestamp with time zone not null,
    constraint fact_document_fk foreign key (document_id) references document (id) on delete cascade
);

create index fact_document_ix on fact (document_id, span_start);
create index fact_kind_unit_ix on fact (kind, unit);
create index fact_period_ix on fact (period_start, period_end);
create index fact_language_ix on fact (language);
create index fact_amount_ix on fact (amount);
