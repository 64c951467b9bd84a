#!/usr/bin/env python3
"""Query-speed benchmark: synthetic facts in PostgreSQL, timed over HTTP on the packaged app.

1. (Re)creates database QUERYBENCH_DB (econfacts_qb) in the cluster on 127.0.0.1:$PGPORT.
2. Starts target/quarkus-app/quarkus-run.jar (built for PostgreSQL) against it; Flyway makes the schema.
3. Loads --facts synthetic facts (50 a document, ~2 entities a fact from a skewed pool of 500 names)
   with insert ... select from generate_series, then VACUUM ANALYZE (as autovacuum would).
4. Times each query (warm-up, then --requests requests, one client, keep-alive) and prints a Markdown
   table of p50/p99 in ms (nearest rank), with how many facts/groups the first answer reported.

--reuse keeps a database that already holds --facts facts (a new migration then runs on it at start).
--explain logs the plan of every statement over 20 ms to $PGLOG (auto_explain, adds some overhead).
Python 3 standard library only; psql from the PostgreSQL that .ci/postgres installed.
"""
import argparse
import glob
import http.client
import json
import math
import os
import random
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cilib import free_port, stop  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGPORT = os.environ.get("PGPORT", "55434")
PGLOG = os.environ.get("PGLOG", "/tmp/econfacts-pg-qb.log")
DB = os.environ.get("QUERYBENCH_DB", "econfacts_qb")
LOG = os.path.join(ROOT, "target", "querybench-app.log")

# Popular names first: the pool index is drawn as floor(500 * u^2), so "China" is on ~4.5 % of the
# entity rows, "Chongqing" on ~1.8 %, a name at index 100 on ~0.2 %, the last ones on ~0.05 %.
KNOWN = ["China", "Chongqing", "Shanghai Cooperation Organization", "United States", "European Union",
         "Kazakhstan", "Russia", "Association of Southeast Asian Nations", "Belt and Road Initiative",
         "China-Europe Railway Express", "Liangjiang New Area", "Sichuan", "Chengdu", "Guangdong", "Shenzhen",
         "Shanghai", "Beijing", "Hong Kong", "Japan", "Germany", "India", "Pakistan", "Uzbekistan",
         "Kyrgyzstan", "Vietnam", "Singapore", "Malaysia", "Thailand", "Indonesia", "World Bank",
         "International Monetary Fund", "World Trade Organization", "Asian Development Bank", "BRICS",
         "Asian Infrastructure Investment Bank", "Regional Comprehensive Economic Partnership", "Taiwan",
         "United Kingdom", "Philippines", "South Korea", "France", "Italy", "Brazil", "Australia", "Canada",
         "Macao", "Chinese mainland", "Europe", "Asia", "Africa", "Central Asia", "Guangxi", "Guangzhou",
         "Jiangsu", "Zhejiang", "Hangzhou", "Shandong", "Fujian", "Henan", "Hubei", "Wuhan", "Hunan", "Yunnan",
         "Xinjiang", "Tianjin", "Xi'an"]
POOL = KNOWN + [f"Synthetic Holdings {i:03d}" for i in range(1, 501 - len(KNOWN))]


def psql(sql, db="postgres", quiet=True):
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))
    exe = bins[-1] if bins else "psql"
    out = subprocess.run([exe, "-h", "127.0.0.1", "-p", PGPORT, "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1",
                          "-tAq" if quiet else "-q", "-c", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()



class App:
    """The packaged service as a child process on a free port."""

    def __init__(self, heap):
        self.port = free_port()
        self.heap = heap
        self.proc = None
        self.conn = None

    def start(self):
        env = dict(os.environ,
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{PGPORT}/{DB}",
                   QUARKUS_DATASOURCE_USERNAME="econfacts",
                   QUARKUS_HTTP_PORT=str(self.port),
                   ECONFACTS_NLP_PRELOAD="en")  # only the small English pipeline: no extraction is timed
        env.pop("QUARKUS_DATASOURCE_DB_KIND", None)
        os.makedirs(os.path.dirname(LOG), exist_ok=True)
        log = open(LOG, "wb")
        self.proc = subprocess.Popen(["java", f"-Xmx{self.heap}", "-jar", "target/quarkus-app/quarkus-run.jar"],
                                     cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        t0 = time.time()
        while time.time() - t0 < 300:
            if self.proc.poll() is not None:
                sys.exit(f"the app exited with {self.proc.returncode}; see {LOG}")
            try:
                if self.get("/q/health/ready")[0] == 200:
                    return time.time() - t0
            except (OSError, http.client.HTTPException):
                self.conn = None
            time.sleep(0.5)
        self.stop()
        sys.exit(f"the app was not ready within 300 s; see {LOG}")

    def get(self, path):
        """GET on a kept-alive connection: (status, parsed JSON)."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            self.conn.request("GET", path, headers={"Accept": "application/json"})
            r = self.conn.getresponse()
            body = r.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            raise
        return r.status, (json.loads(body) if body else None)

    def stop(self):
        stop(self.proc)


def create_database(explain):
    psql(f"drop database if exists {DB} with (force)")
    psql(f"create database {DB} owner econfacts")
    if explain:
        psql(f"alter database {DB} set session_preload_libraries = 'auto_explain'")
        psql(f"alter database {DB} set auto_explain.log_min_duration = '20ms'")
        psql(f"alter database {DB} set auto_explain.log_analyze = on")
        psql(f"alter database {DB} set auto_explain.log_buffers = on")


def load(facts, per_doc):
    docs = math.ceil(facts / per_doc)
    # schema V5 on adds lower-cased lookup keys that the application fills on every write
    keyed = psql("select count(*) from information_schema.columns where table_name = 'fact_entity'"
                 " and column_name = 'name_key'", db=DB) == "1"
    # schema V8 on finds a fact by one lookup key per lower-cased entity name or mention (fact_entity_key)
    lookup = psql("select count(*) from information_schema.tables where table_name = 'fact_entity_key'", db=DB) == "1"
    lookup_sql = ("insert into fact_entity_key (lookup_key, fact_id)"
                  " select name_key, fact_id from fact_entity union select mention_key, fact_id from fact_entity;"
                  if lookup else "")
    keys_cols = ", name_key, mention_key" if keyed else ""
    keys_vals = ", lower(name), lower(mention)" if keyed else ""
    pool = ",".join("(%d, '%s', '%s')" % (i + 1, n.replace("'", "''"),
                                          "ORGANIZATION" if i in (2, 4, 7, 8, 9) or n.startswith("Synthetic")
                                          or "Bank" in n or "Organization" in n else "LOCATION")
                    for i, n in enumerate(POOL))
    sql = f"""
select setseed(0.42);
insert into document (id, content_hash, title, url, published_at, reference_date, language, body, created_at)
select d, md5('qb-doc-' || d) || md5('qb-doc-b-' || d), 'Synthetic economic report ' || d, null,
       date '2015-01-01' + (d % 3650), date '2015-01-01' + (d % 3650),
       (array['en', 'en', 'zh-Hant', 'zh-Hans', 'en+zh-Hant'])[1 + d % 5],
       'Synthetic article ' || d || ' written for the query benchmark.',
       timestamptz '2023-01-01 00:00:00+00' + d * interval '1 minute'
from generate_series(1, {docs}) d;

insert into fact (id, document_id, kind, amount, unit, approximation, change_direction, change_basis,
                  period_start, period_end, period_label, subject, mention, span_start, span_end, sentence,
                  language, rule_name, created_at, twin_id, category, same_as)
select i, doc, kind,
       case kind when 'MONEY' then round((10 ^ (4 + r2 * 8))::numeric, 2)
                 when 'PERCENT' then round((r2 * 100)::numeric, 1)
                 else floor(10 ^ (r2 * 5)) end,
       unit,
       case when r8 < 0.7 then 'EXACT' when r8 < 0.8 then 'ABOUT' when r8 < 0.9 then 'MORE_THAN'
            when r8 < 0.95 then 'NEARLY' else 'LESS_THAN' end,
       case when kind = 'PERCENT' and r9 < 0.4 then 'INCREASE' when kind = 'PERCENT' and r9 < 0.6 then 'DECREASE' end,
       case when kind = 'PERCENT' and r9 < 0.6 then 'YEAR_ON_YEAR' end,
       ps, pe, label, subject,
       'figure ' || i, pos * 100, pos * 100 + 20,
       case when lang = 'en' then 'In ' || coalesce(label, 'the period') || ', the ' || subject || ' of report ' || doc
                                  || ' reached the stated figure, driven by ' || product || ' and services.'
            else coalesce(label, '') || '年，第' || doc || '号报告的' || subject || '达到该数字，主要来自' || product || '。' end,
       lang, lower(kind) || '.synthetic', created,
       case when bilingual then case when pos % 2 = 0 then i + 1 else i - 1 end end,
       category,
       case when r10 < 0.05 and pos > 0 then i - 1 end
from (
  select s.*,
         case kind when 'MONEY' then case when r7 < 0.6 then 'CNY' when r7 < 0.9 then 'USD' else 'EUR' end
                   when 'PERCENT' then case when r7 < 0.9 then '%' else 'percentage points' end
                   else (array['companies', 'vehicles', 'students', 'projects', 'enterprises'])[1 + floor(r7 * 5)::int] end as unit,
         case kind when 'MONEY' then (array['TRADE', 'TRADE', 'TRADE', 'EXPORT', 'EXPORT', 'IMPORT', 'IMPORT',
                                            'INVESTMENT', 'INVESTMENT', 'VALUE_ADDED', 'OUTPUT', 'GDP', 'REVENUE',
                                            'PROFIT', 'DEBT', 'TRADE_BALANCE', 'PRICE'])[1 + floor(r6 * 17)::int]
                   when 'PERCENT' then (array['GROWTH_RATE', 'GROWTH_RATE', 'GROWTH_RATE', 'SHARE'])[1 + floor(r6 * 4)::int]
                   else (array['ORGANIZATION_COUNT', 'PEOPLE_COUNT', 'REGION_COUNT', 'EMPLOYMENT', 'OTHER'])[1 + floor(r6 * 5)::int] end
           as category,
         (array['exports', 'imports', 'trade volume', 'foreign direct investment', 'industrial output',
                'retail sales', 'value added', 'new energy vehicles', 'registered companies', 'students'])[1 + floor(r5 * 10)::int]
           as subject,
         (array['machinery', 'electronics', 'textiles', 'steel', 'agricultural products', 'coal', 'crude oil',
                'semiconductors'])[1 + floor(r10 * 8)::int] as product,
         case when gran = 'Y' then y::text when gran = 'H' then y || '-H' || h when gran = 'Q' then y || '-Q' || q
              when gran = 'M' then y || '-' || lpad(m::text, 2, '0') end as label,
         case when gran = 'Y' then make_date(y, 1, 1) when gran = 'H' then make_date(y, 6 * h - 5, 1)
              when gran = 'Q' then make_date(y, 3 * q - 2, 1) when gran = 'M' then make_date(y, m, 1) end as ps,
         case when gran = 'Y' then make_date(y, 12, 31)
              when gran = 'H' then (make_date(y, 6 * h - 5, 1) + interval '6 months' - interval '1 day')::date
              when gran = 'Q' then (make_date(y, 3 * q - 2, 1) + interval '3 months' - interval '1 day')::date
              when gran = 'M' then (make_date(y, m, 1) + interval '1 month' - interval '1 day')::date end as pe
  from (
    select i, (i - 1) / {per_doc} + 1 as doc, (i - 1) % {per_doc} as pos, r2, r5, r6, r7, r8, r9, r10,
           case when r1 < 0.5 then 'MONEY' when r1 < 0.8 then 'PERCENT' else 'COUNT' end as kind,
           2015 + floor(r3 * 10)::int as y,
           case when r4 < 0.05 then null when r4 < 0.45 then 'Y' when r4 < 0.6 then 'H' when r4 < 0.8 then 'Q' else 'M' end as gran,
           1 + floor(r5 * 2)::int as h, 1 + floor(r5 * 4)::int as q, 1 + floor(r5 * 12)::int as m,
           d.created_at as created,
           d.language = 'en+zh-Hant' as bilingual,
           case when d.language = 'en+zh-Hant' then (case when (i - 1) % 2 = 0 then 'en' else 'zh-Hant' end)
                else d.language end as lang
    from (select i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
                 random() r8, random() r9, random() r10
          from generate_series(1, {facts}) i) g
    join document d on d.id = (g.i - 1) / {per_doc} + 1
  ) s
) t;

create temporary table qb_pool (idx int primary key, name varchar(300), type varchar(32));
insert into qb_pool values {pool};
insert into fact_entity (id, fact_id, name, mention, type{keys_cols})
select id, fact_id, name, mention, type{keys_vals} from (
select row_number() over () as id, x.fact_id, p.name,
       case when x.r < 0.2 then upper(p.name) else p.name end as mention, p.type
from (select f.i as fact_id, 1 + floor({len(POOL)} * power(random(), 2))::int as idx, random() as r

      from generate_series(1, {facts}) f(i)
      cross join generate_series(1, 3) k
      where k <= (array[1, 2, 2, 3])[1 + f.i % 4]) x
join qb_pool p on p.idx = x.idx) r;

{lookup_sql}

select setval('document_seq', (select max(id) from document) + 100);
select setval('fact_seq', (select max(id) from fact) + 100);
select setval('fact_entity_seq', (select max(id) from fact_entity) + 100);
"""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))
    exe = bins[-1] if bins else "psql"
    subprocess.run([exe, "-h", "127.0.0.1", "-p", PGPORT, "-U", "postgres", "-d", DB, "-v", "ON_ERROR_STOP=1", "-q"],
                   input=sql, text=True, check=True, capture_output=True)


ROLLUP_TABLES = ("fact_rollup", "fact_entity_rollup")


def rollup_inserts():
    """The statements the migrations build the rollups with (the newest migration's, for each rollup table), read
    from src/main/resources/db/migration, so the bench builds them exactly as a migration would."""
    here = os.path.dirname(os.path.abspath(__file__))
    files = glob.glob(os.path.join(here, "..", "src", "main", "resources", "db", "migration", "V*__*.sql"))
    newest = {}
    for f in sorted(files, key=lambda f: int(os.path.basename(f)[1:].split("__")[0])):
        text = "\n".join(line for line in open(f, encoding="utf-8").read().splitlines() if not line.lstrip().startswith("--"))
        for statement in text.split(";"):
            words = statement.split()
            if len(words) > 2 and words[0].lower() == "insert" and words[2] in ROLLUP_TABLES:
                newest[words[2]] = statement.strip()
    return newest


def rollups(reuse):
    """Schema V13 on: the loader writes facts with SQL, not through the service, so their rollups are built here,
    with the statements of the migrations that build them from facts stored before them (a reused database keeps
    its own)."""
    inserts = rollup_inserts()
    present = [t for t in ROLLUP_TABLES if t in inserts and psql(
        f"select count(*) from information_schema.tables where table_name = '{t}'", db=DB) == "1"]
    if not present:
        return
    if reuse and psql(f"select count(*) > 0 from {present[0]}", db=DB) == "t":
        return
    t0 = time.time()
    for t in present:
        psql(f"delete from {t}", db=DB)
        psql(inserts[t], db=DB)
    rows = ", ".join(f"{t} {psql(f'select count(*) from {t}', db=DB)}" for t in present)
    print(f"rollups: {rows} rows built in {time.time() - t0:.0f} s", flush=True)


def queries(facts, per_doc):
    """(name, list of paths cycled through): parameters vary so that no answer is served from one hot page."""
    docs = math.ceil(facts / per_doc)
    rnd = random.Random(7)
    q = lambda path, **p: path + "?" + urllib.parse.urlencode(p)
    facts_path = "/api/v1/facts"
    return [
        ("page by category", [q(facts_path, category=c, size=50) for c in
                              ["TRADE", "EXPORT", "GROWTH_RATE", "INVESTMENT", "PEOPLE_COUNT", "GDP"]]),
        ("page by category, page 20", [q(facts_path, category=c, size=50, page=20) for c in ["TRADE", "EXPORT", "SHARE"]]),
        ("page by entity (popular)", [q(facts_path, entity=e, size=50) for e in ["China", "Chongqing", "SCO"]]),
        ("page by entity (rare)", [q(facts_path, entity=POOL[i], size=50) for i in (120, 250, 400, 480)]),
        ("page by kind+currency, -value", [q(facts_path, kind="MONEY", currency=c, sort="-value", size=50)
                                            for c in ["CNY", "USD", "EUR"]]),
        ("page by period overlap + category", [q(facts_path, category=c, size=50, **{"from": f"{y}-01-01", "to": f"{y}-12-31"})
                                               for y, c in [(2021, "EXPORT"), (2018, "TRADE"), (2023, "GROWTH_RATE"),
                                                            (2016, "INVESTMENT")]]),
        ("page by documentId", [q(facts_path, documentId=rnd.randint(1, docs), size=50) for _ in range(20)]),
        ("text search q=", [q(facts_path, q=t, size=50) for t in ["semiconductors", "crude oil", "new energy"]]),
        ("summary category,currency", ["/api/v1/facts/summary?groupBy=category,currency"]),
        ("summary category,currency + entity", [q("/api/v1/facts/summary", groupBy="category,currency", entity=e)
                                                for e in ["Chongqing", "Kazakhstan", POOL[300]]]),
        ("timeseries year TRADE CNY", [q("/api/v1/facts/timeseries", granularity="year", category="TRADE", currency="CNY")]),
    ]


def size_of(body):
    if isinstance(body, dict):
        if "total" in body:
            return f"{body['total']} facts"
        for key in ("groups", "points"):
            if key in body:
                return f"{len(body[key])} {key}"
    return ""


def nearest_rank(sorted_ms, p):
    return sorted_ms[max(0, math.ceil(p / 100 * len(sorted_ms)) - 1)]


def bench(app, name, paths, warmup, requests):
    for i in range(warmup):
        status, _ = app.get(paths[i % len(paths)])
        if status != 200:
            sys.exit(f"{name}: HTTP {status} for {paths[i % len(paths)]}")
    times, sizes = [], []
    for i in range(requests):
        path = paths[i % len(paths)]
        t0 = time.perf_counter()
        status, body = app.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        if status != 200:
            sys.exit(f"{name}: HTTP {status} for {path}")
        if i < len(paths):
            sizes.append(size_of(body))
    times.sort()
    return nearest_rank(times, 50), nearest_rank(times, 99), times[-1], ", ".join(dict.fromkeys(sizes))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--per-doc", type=int, default=50, help="facts a document (1 000 000 / 50 = 20 000 documents)")
    ap.add_argument("--requests", type=int, default=50, help="timed requests per query (after the warm-up)")
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--heap", default="1g", help="-Xmx of the service")
    ap.add_argument("--reuse", action="store_true", help="keep the database when it already holds --facts facts")
    ap.add_argument("--explain", action="store_true", help="auto_explain statements over 20 ms into $PGLOG")
    ap.add_argument("--only", help="comma-separated substrings: time only the queries whose name contains one")
    ap.add_argument("--out", help="also append the report to this file")
    args = ap.parse_args()

    reuse = False
    if args.reuse and psql(f"select 1 from pg_database where datname = '{DB}'") == "1":
        try:
            reuse = psql("select count(*) from fact", db=DB) == str(args.facts)
        except subprocess.CalledProcessError:
            reuse = False
    if not reuse:
        create_database(args.explain)
    app = App(args.heap)
    try:
        ready = app.start()
        print(f"app ready in {ready:.1f} s (log {LOG})", flush=True)
        if reuse:
            print(f"reusing {DB} with {args.facts} facts", flush=True)
        else:
            t0 = time.time()
            load(args.facts, args.per_doc)
            print(f"loaded {args.facts} facts in {time.time() - t0:.0f} s", flush=True)
        rollups(reuse)
        tables = psql("select string_agg(table_name, ' ') from information_schema.tables"
                      " where table_name in ('document', 'fact', 'fact_entity', 'fact_entity_key', 'fact_rollup',"
                      " 'fact_entity_rollup')",
                      db=DB).split()
        for table in tables:  # as autovacuum leaves a table: stats and visibility map
            psql(f"vacuum analyze {table}", db=DB)
        counts = psql("select (select count(*) from document) || ' documents, ' || (select count(*) from fact)"
                      " || ' facts, ' || (select count(*) from fact_entity) || ' fact entities'", db=DB)
        indexes = psql("select string_agg(indexname, ', ' order by indexname) from pg_indexes"
                       " where tablename in ('fact', 'fact_entity', 'fact_entity_key', 'document')", db=DB)
        version = psql("select version from flyway_schema_history where success order by installed_rank desc limit 1",
                       db=DB)
        rows = []
        for name, paths in queries(args.facts, args.per_doc):
            if args.only and not any(s in name for s in args.only.split(",")):
                continue
            p50, p99, worst, size = bench(app, name, paths, args.warmup, args.requests)
            rows.append(f"| {name} | {p50:.1f} | {p99:.1f} | {worst:.1f} | {size} |")
            print(rows[-1], flush=True)
    finally:
        app.stop()
    report = "\n".join([
        f"{counts}; schema V{version}; {args.requests} requests a query after {args.warmup} warm-up, one client,"
        f" keep-alive; p50/p99 nearest rank",
        f"indexes: {indexes}", "",
        "| query | p50 ms | p99 ms | max ms | first answers |", "|---|---:|---:|---:|---|", *rows])
    print("\n" + report)
    if args.out:
        with open(args.out, "a", encoding="utf-8") as f:
            f.write(report + "\n\n")


if __name__ == "__main__":
    main()
