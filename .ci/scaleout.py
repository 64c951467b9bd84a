#!/usr/bin/env python3
"""Two instances, one consumer group, one of them killed: nothing lost, nothing duplicated.

  1. a fresh database (econfacts_scale) on .ci/postgres and fresh topics on the .ci/kafka broker:
     articles with 4 partitions, facts and dead letters, all named after this run;
  2. instances "a" and "b" of the packaged app (target/quarkus-app, built for PostgreSQL), Kafka on,
     same group, own client ids and HTTP ports; both must hold partitions before anything is produced;
  3. 1 000 generated articles (.ci/articles.py) produced by the bulk importer (--kafka);
  4. when ~40 % are stored, "b" is killed with SIGKILL; "a" must take over b's partitions;
  5. checks: exactly 1 000 documents, one per article title, no duplicate content hash, every document
     with facts, no dead letters, at least 1 000 facts messages; reports each instance's share (from
     their logs), redelivered messages ("already stored" outcomes) and the takeover time (kill until
     "a" is assigned b's partitions, and until it stores the first article from one of them);
  6. the same articles again through REST with the importer: all skipped (already stored), none added.

Prints a summary and exits 1 on any violation. Python 3 standard library only.
"""
import datetime
import glob
import http.client
import os
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cilib import free_port, stop, violation, violations  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGPORT = os.environ.get("PGPORT", "55432")
KAFKA_DIR = os.environ.get("KAFKA_DIR", "/tmp/econfacts-kafka")


def kafka_bootstrap():
    """The broker's address: KAFKA_PORT if given, else what .ci/kafka wrote when it started."""
    if os.environ.get("KAFKA_PORT"):
        return f"127.0.0.1:{os.environ['KAFKA_PORT']}"
    with open(os.path.join(KAFKA_DIR, "bootstrap")) as f:
        return f.read().strip()


KAFKA = kafka_bootstrap()
DB = os.environ.get("SCALEOUT_DB", "econfacts_scale")
ARTICLES = int(os.environ.get("SCALEOUT_ARTICLES", "1000"))
KILL_AT = float(os.environ.get("SCALEOUT_KILL_AT", "0.4"))
RUN = time.strftime("%Y%m%d%H%M%S")
TOPIC, FACTS, DLQ = f"econfacts.articles.{RUN}", f"econfacts.facts.{RUN}", f"econfacts.articles.dlq.{RUN}"
TARGET = os.path.join(ROOT, "target")
KAFKA_CP = os.path.join(TARGET, "kafka-dist", "libs", "*")
APP = os.path.join(TARGET, "quarkus-app")
APP_CP = ":".join(os.path.join(APP, d) for d in ("lib/boot/*", "lib/main/*", "app/*"))

def psql(sql, db="postgres"):
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))
    out = subprocess.run([bins[-1] if bins else "psql", "-h", "127.0.0.1", "-p", PGPORT, "-U", "postgres", "-d", db,
                          "-tAqc", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def kafka_tool(*args):
    return subprocess.run(["java", "-Xmx256m", "-cp", KAFKA_CP, *args], check=True, capture_output=True,
                          text=True).stdout


def ready(port):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/q/health/ready")
        return conn.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False


class Instance:
    LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*?kafka article key=\S* (\S+)-(\d+)@(\d+) "
                      r"instance=\S+ -> (?:document (\d+) (created|already stored)|dead letter: (.*))$")
    HOLDS = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*kafka instance=\S+ assigned \[(.*?)\]; now holds \[(.*?)\]")

    def __init__(self, name):
        self.name = name
        self.port = free_port()
        self.log = os.path.join(TARGET, f"scaleout-{name}.log")
        self.proc = None

    def start(self):
        env = dict(os.environ,
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{PGPORT}/{DB}",
                   QUARKUS_DATASOURCE_USERNAME="econfacts",
                   QUARKUS_HTTP_PORT=str(self.port),
                   ECONFACTS_KAFKA_ENABLED="true",
                   ECONFACTS_KAFKA_INSTANCE_ID=self.name,
                   KAFKA_BOOTSTRAP_SERVERS=KAFKA,
                   # the articles are English: load only the English models (the Chinese NER takes minutes
                   # on two busy cores and is not what this check is about)
                   ECONFACTS_NLP_PRELOAD="en,en-pos,en-entities")
        env.pop("QUARKUS_DATASOURCE_DB_KIND", None)
        props = [f"-Dmp.messaging.incoming.articles.topic={TOPIC}", f"-Dmp.messaging.outgoing.facts.topic={FACTS}",
                 f"-Dmp.messaging.outgoing.articles-dlq.topic={DLQ}",
                 '-Dquarkus.log.category."org.econfacts.ingest".level=DEBUG']
        self.proc = subprocess.Popen(["java", "-Xmx1536m", *props, "-jar", os.path.join(APP, "quarkus-run.jar")],
                                     cwd=ROOT, env=env, stdout=open(self.log, "wb"), stderr=subprocess.STDOUT)
        t0 = time.time()
        while time.time() - t0 < 240:
            if self.proc.poll() is not None:
                sys.exit(f"instance {self.name} exited with {self.proc.returncode}; see {self.log}")
            if ready(self.port):
                return time.time() - t0
            time.sleep(0.5)
        sys.exit(f"instance {self.name} was not ready within 240 s; see {self.log}")

    def lines(self):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            return f.read().splitlines()

    def outcomes(self):
        """(time, partition, document id or None, 'created' | 'already stored' | 'dead letter')"""
        out = []
        for line in self.lines():
            m = self.LINE.match(line)
            if m:
                t, _, part, _, doc, what, dead = m.groups()
                out.append((stamp(t), int(part), doc, what or "dead letter"))
        return out

    def holdings(self):
        """[(time, assigned set, held set)] from the rebalance log lines."""
        out = []
        for line in self.lines():
            m = self.HOLDS.match(line)
            if m:
                out.append((stamp(m.group(1)), parts(m.group(2)), parts(m.group(3))))
        return out

    def held(self):
        h = self.holdings()
        return h[-1][2] if h else set()

    def stop(self):
        stop(self.proc)


def stamp(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def parts(s):
    return {int(p.rsplit("-", 1)[1]) for p in s.split(", ") if p}


def documents():
    return int(psql("select count(*) from document", DB))


def end_offsets(topic):
    out = kafka_tool("org.apache.kafka.tools.GetOffsetShell", "--bootstrap-server", KAFKA, "--topic", topic)
    return sum(int(line.rsplit(":", 1)[1]) for line in out.split() if line.count(":") >= 2)


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))  # so the instances are stopped too
    if not os.path.exists(os.path.join(APP, "quarkus-run.jar")):
        sys.exit("no target/quarkus-app: build the PostgreSQL jar first (.ci/scaleout does)")
    print(f"== scale-out: {ARTICLES} English articles, 4 partitions, 2 instances, broker {KAFKA}, run {RUN}", flush=True)
    psql(f"drop database if exists {DB}")
    psql(f"create database {DB} owner econfacts")
    kafka_tool("org.apache.kafka.tools.TopicCommand", "--bootstrap-server", KAFKA, "--create", "--topic", TOPIC,
               "--partitions", "4", "--replication-factor", "1")
    a, b = Instance("a"), Instance("b")
    try:
        # one after the other: the first one migrates the fresh schema
        print(f"instance a ready in {a.start():.1f} s (port {a.port}); ", end="", flush=True)
        print(f"instance b ready in {b.start():.1f} s (port {b.port})", flush=True)
        t0 = time.time()
        while not (a.held() and b.held() and a.held() | b.held() == {0, 1, 2, 3}):
            if time.time() - t0 > 60:
                sys.exit(f"partitions not shared within 60 s: a holds {a.held()}, b holds {b.held()}")
            time.sleep(0.5)
        print(f"partitions: a holds {sorted(a.held())}, b holds {sorted(b.held())}", flush=True)
        run(a, b)
    finally:
        a.stop()
        b.stop()
    if violations:
        print(f"FAILED: {len(violations)} violation(s)")
        sys.exit(1)
    print("OK")


def run(a, b):
    jsonl = os.path.join(TARGET, "scaleout-articles.jsonl")
    subprocess.run([sys.executable, os.path.join(ROOT, ".ci", "articles.py"), str(ARTICLES), jsonl, f"Run{RUN}"], check=True)
    t_produce = time.time()
    produced = subprocess.run(["java", "-Xmx256m", "-cp", APP_CP, "org.econfacts.importer.Importer", jsonl,
                               "--kafka", KAFKA, "--topic", TOPIC, "--workers", "8"], capture_output=True, text=True)
    print(produced.stdout.strip(), flush=True)
    if produced.returncode != 0:
        violation(f"the importer failed ({produced.returncode}): {produced.stderr[-2000:]}")
        return
    print(f"produced {ARTICLES} articles in {time.time() - t_produce:.1f} s", flush=True)

    while documents() < KILL_AT * ARTICLES:
        time.sleep(0.2)
    orphaned = b.held()
    b.proc.kill()  # SIGKILL
    b.proc.wait()
    t_kill = time.time()
    stored_at_kill = documents()
    print(f"killed b (SIGKILL) with {stored_at_kill} documents stored; it held partitions {sorted(orphaned)}", flush=True)

    last, last_change = -1, time.time()
    while True:
        n = documents()
        if n >= ARTICLES and a.outcomes() and max(o[0] for o in a.outcomes()) < time.time() - 3:
            break
        if n != last:
            last, last_change = n, time.time()
        if time.time() - last_change > 120:
            violation(f"no progress for 120 s at {n} documents")
            break
        time.sleep(0.5)
    t_done = time.time()
    report(a, b, orphaned, t_kill, t_produce, t_done)
    resume(a, jsonl)


def resume(a, jsonl):
    """The same 1 000 again through REST: every one already stored (200), none read or stored again."""
    again = subprocess.run(["java", "-Xmx256m", "-cp", APP_CP, "org.econfacts.importer.Importer", jsonl,
                            "--url", f"http://127.0.0.1:{a.port}", "--workers", "4"], capture_output=True, text=True)
    print("importer again, via REST:", again.stdout.strip().splitlines()[0] if again.stdout.strip() else "",
          flush=True)
    expected = f"0 stored, {ARTICLES} already stored (skipped)"
    if again.returncode != 0 or expected not in again.stdout:
        violation(f"re-import via REST: expected '{expected}', got {again.stdout.strip()} {again.stderr[-1000:]}")
    if documents() != ARTICLES:
        violation(f"{documents()} documents after the re-import, expected {ARTICLES}")


def report(a, b, orphaned, t_kill, t_produce, t_done):
    oa, ob = a.outcomes(), b.outcomes()
    share = {i.name: sum(1 for o in outs if o[3] == "created") for i, outs in ((a, oa), (b, ob))}
    redelivered = sum(1 for o in oa + ob if o[3] == "already stored")
    dead = sum(1 for o in oa + ob if o[3] == "dead letter")
    took = [h for h in a.holdings() if h[0] >= t_kill - 1 and orphaned <= h[2]]
    first = [o for o in oa if o[0] >= t_kill and o[1] in orphaned]
    b_before = sum(1 for o in oa if o[0] < t_kill and o[3] == "created")

    total = documents()
    distinct = int(psql("select count(distinct content_hash) from document", DB))
    titles = int(psql(f"select count(distinct title) from document where title like 'Run{RUN} %'", DB))
    without_facts = int(psql("select count(*) from document d where not exists "
                             "(select 1 from fact f where f.document_id = d.id)", DB))
    facts = int(psql("select count(*) from fact", DB))
    facts_messages = end_offsets(FACTS)
    dlq_messages = end_offsets(DLQ) if DLQ in kafka_tool("org.apache.kafka.tools.TopicCommand", "--bootstrap-server",
                                                          KAFKA, "--list") else 0

    print("---- summary ----")
    print(f"articles produced          {ARTICLES}")
    print(f"documents expected/found   {ARTICLES} / {total}  (distinct content hashes {distinct}, "
          f"distinct titles of this run {titles})")
    print(f"duplicates                 {total - distinct}")
    print(f"documents without facts    {without_facts}  ({facts} facts in all)")
    print(f"stored by instance         a {share['a']}  (of which {b_before} before the kill), b {share['b']} (until killed)")
    unlogged = total - share["a"] - share["b"]
    if unlogged:
        print(f"                           {unlogged} stored by b just before the kill, before its log line")
    print(f"redelivered (already stored) {redelivered}")
    print(f"dead letters               {dead} logged, {dlq_messages} on the topic")
    print(f"facts messages on topic    {facts_messages}  (= stored + redelivered: {share['a'] + share['b'] + redelivered})")
    if took:
        print(f"takeover                   a assigned b's partitions {sorted(orphaned)} {took[0][0] - t_kill:.1f} s after the kill")
    if first:
        print(f"                           first article from them stored {first[0][0] - t_kill:.1f} s after the kill")
    print(f"wall time                  {t_done - t_produce:.1f} s from first produce to the last document "
          f"({ARTICLES / (t_done - t_produce):.1f} articles/s on 2 instances sharing 2 cores)")

    if total != ARTICLES:
        violation(f"{total} documents, expected {ARTICLES}")
    if distinct != total:
        violation(f"{total - distinct} duplicate documents")
    if titles != ARTICLES:
        violation(f"{titles} distinct titles of this run, expected {ARTICLES}")
    if without_facts:
        violation(f"{without_facts} documents without facts")
    if dead or dlq_messages:
        violation(f"{dead} dead letters for valid articles")
    if share["a"] == 0 or share["b"] == 0:
        violation(f"an instance took no share: {share}")
    if not took:
        violation(f"a never took over b's partitions {sorted(orphaned)}")
    if facts_messages < ARTICLES:
        violation(f"only {facts_messages} facts messages for {ARTICLES} articles")


if __name__ == "__main__":
    main()
