#!/usr/bin/env python3
"""Nothing lost, nobody unwelcome: load, kill -9 and database-outage checks on the packaged app.

Runs target/quarkus-app/quarkus-run.jar (built for PostgreSQL) against a fresh database on the
PostgreSQL of .ci/postgres (PGPORT, default 55432), with an API key generated for this run:

  1. credentials: writes without a key, or with a wrong one, are refused (401) and store nothing;
  2. load + crash: 32 clients post 1 000 distinct articles, each 2-3 times by different clients,
     retrying 429 (after Retry-After) and connection errors; the app is killed with SIGKILL part-way
     and restarted. Afterwards there are exactly 1 000 documents, no duplicate content_hash, and every
     acknowledged document (201/200) is stored with the facts it was acknowledged with;
  3. outage: PostgreSQL is stopped and started during reads and writes; while it is down answers are
     503 problem+json within seconds and readiness is DOWN; afterwards writes succeed again without a
     restart of the app;
  4. rows: acknowledged <= stored <= sent and one row per content hash. A write in flight at a kill or
     an outage may be stored without its acknowledgement reaching the client; that is reported, not a
     violation (the client's retry gets 200 with the stored document).
  5. re-extraction race: 8 concurrent re-extractions of one document (operator key) while a
     re-extract-all job runs leave it with the facts it had (no copies);
  6. quadratic text: one sentence of "up 5 percent year-on-year " x 1 000 is stored within 20 x and
     answered within 40 x the text's size (every fact used to store and answer the whole sentence: ~1 000 x).

Prints a summary and exits 1 on any violation. Python 3 standard library only.
"""
import glob
import hashlib
import http.client
import json
import os
import random
import secrets
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cilib import free_port, stop, violation, violations  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGPORT = os.environ.get("PGPORT", "55432")
DB = os.environ.get("RELIABILITY_DB", "econfacts_rel")
ARTICLES = int(os.environ.get("RELIABILITY_ARTICLES", "1000"))
CLIENTS = 32
KEY = secrets.token_urlsafe(24)
OPERATOR_KEY = secrets.token_urlsafe(24)
# stored bytes (document + fact rows) and answer bytes per byte of the quadratic text: a fact every 26
# characters carries at most a 200-character sentence excerpt, ~15 bytes of row per byte of text; its
# JSON adds ~500 bytes of field names and values, ~28 bytes per byte (it used to be ~1 000 x)
QUADRATIC_MAX_STORED = 20
QUADRATIC_MAX_ANSWER = 40
LOG = os.path.join(ROOT, "target", "reliability-app.log")

PORT = free_port()


def psql(sql, db="postgres"):
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))
    exe = bins[-1] if bins else "psql"
    out = subprocess.run([exe, "-h", "127.0.0.1", "-p", PGPORT, "-U", "postgres", "-d", db, "-tAqc", sql],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def call(method, path, body=None, key=KEY, headers=None, timeout=60):
    """One request on a fresh connection: (status, headers, parsed body or raw bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        h = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            h["Content-Type"] = "application/json"
        if key:
            h["X-API-Key"] = key
        h.update(headers or {})
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        raw = r.read()
        hdrs = {k.lower(): v for k, v in r.getheaders()}
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw
        return r.status, hdrs, parsed
    finally:
        conn.close()


class App:
    def __init__(self):
        self.proc = None
        self.starts = 0

    def start(self):
        env = dict(os.environ,
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{PGPORT}/{DB}",
                   QUARKUS_DATASOURCE_USERNAME="econfacts",
                   QUARKUS_HTTP_PORT=str(PORT),
                   ECONFACTS_SECURITY_API_KEYS=KEY,
                   ECONFACTS_SECURITY_OPERATOR_KEYS=OPERATOR_KEY,
                   # a short waiting line so that 32 clients meet back-pressure (429) on 2 cores
                   ECONFACTS_EXTRACTION_QUEUE=os.environ.get("RELIABILITY_QUEUE", "4"))
        env.pop("QUARKUS_DATASOURCE_DB_KIND", None)
        log = open(LOG, "ab")
        self.proc = subprocess.Popen(["java", "-Xmx4g", "-jar", "target/quarkus-app/quarkus-run.jar"],
                                     cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.starts += 1
        t0 = time.time()
        while time.time() - t0 < 180:
            if self.proc.poll() is not None:
                sys.exit(f"the app exited with {self.proc.returncode}; see {LOG}")
            try:
                if call("GET", "/q/health/ready", timeout=5)[0] == 200:
                    return time.time() - t0
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.3)
        sys.exit(f"the app was not ready within 180 s; see {LOG}")

    def kill9(self):
        self.proc.kill()  # SIGKILL
        self.proc.wait()

    def stop(self):
        stop(self.proc)


# ---------------------------------------------------------------- articles
CITIES_EN = ["Shenzhen", "Ningbo", "Chongqing", "Almaty", "Tianjin", "Xiamen", "Hefei", "Kunming"]
GOODS_EN = ["exports", "imports", "investment", "retail sales", "industrial output", "trade"]
CITIES_ZH = ["深圳", "寧波", "重慶", "天津", "廈門", "合肥", "昆明", "蘇州"]
GOODS_ZH = ["出口", "進口", "投資", "零售額", "工業產值", "貿易額"]


def article(i):
    """A short, unique economic news text with figures: English, Chinese (Traditional) or both."""
    r = random.Random(i)
    year = 2015 + r.randrange(10)
    a, b, p, n = r.randrange(1, 999), r.randrange(10), r.randrange(1, 40), r.randrange(2, 900)
    en = (f"Bulletin {i}: In {year}, {r.choice(CITIES_EN)} {r.choice(GOODS_EN)} reached {a}.{b} billion yuan, "
          f"up {p} percent year-on-year. More than {n} companies took part.")
    zh = f"第{i}號簡報：{year}年{r.choice(CITIES_ZH)}{r.choice(GOODS_ZH)}{a}.{b}億元，同比增長{p}%，逾{n}家企業參與。"
    return {"text": [en, zh, en + "\n" + zh][i % 3], "title": f"bulletin {i}", "publishedAt": f"{year + 1}-03-01"}


# ---------------------------------------------------------------- phases
class Load:
    def __init__(self):
        self.lock = threading.Lock()
        self.acks = []          # (time, article, status, id, facts)
        self.c429 = 0
        self.c503 = 0
        self.conn_errors = 0
        self.posts = 0

    def ack(self, i, status, doc):
        with self.lock:
            self.acks.append((time.time(), i, status, doc["id"], doc["facts"]))

    def post(self, i):
        while True:
            with self.lock:
                self.posts += 1
            try:
                status, hdrs, body = call("POST", "/api/v1/documents", article(i))
            except (OSError, http.client.HTTPException):
                with self.lock:
                    self.conn_errors += 1
                time.sleep(0.3)
                continue
            if status in (200, 201):
                self.ack(i, status, body)
                return
            if status in (429, 503):
                with self.lock:
                    if status == 429:
                        self.c429 += 1
                    else:
                        self.c503 += 1
                time.sleep(float(hdrs.get("retry-after", "1")))
                continue
            violation(f"article {i}: unexpected {status} {str(body)[:200]}")
            return


def credentials(load):
    refused = 0
    attempts = [dict(key=None), dict(key="not-the-key"), dict(key=None, headers={"Authorization": "Bearer wrong"}),
                dict(key=None, headers={"Authorization": "Basic " + KEY})]
    for n in range(40):
        status, hdrs, body = call("POST", "/api/v1/documents", article(n), **attempts[n % len(attempts)])
        if status == 401 and hdrs.get("content-type", "").startswith("application/problem+json"):
            refused += 1
        else:
            violation(f"write without valid credentials answered {status}")
    status, _, page = call("GET", "/api/v1/documents?size=1", key=None)
    if status != 200 or page["total"] != 0:
        violation(f"after refused writes: GET {status}, total {page and page.get('total')} (expected 200, 0)")
    # the key also works as a bearer token
    status, _, body = call("POST", "/api/v1/documents", article(0), key=None, headers={"Authorization": "Bearer " + KEY})
    if status != 201:
        violation(f"write with 'Authorization: Bearer <key>' answered {status}")
    else:
        load.ack(0, status, body)
    return refused


def check_acks(acks, label):
    """Every acknowledged document is stored, with the text posted and the facts acknowledged."""
    ids = {}
    for _, i, _, doc_id, _ in acks:
        if ids.setdefault(i, doc_id) != doc_id:
            violation(f"{label}: article {i} acknowledged as documents {ids[i]} and {doc_id}")
    stored = {}
    lock = threading.Lock()
    todo = list(ids.items())

    def fetch():
        while True:
            with lock:
                if not todo:
                    return
                i, doc_id = todo.pop()
            s1, _, doc = call("GET", f"/api/v1/documents/{doc_id}")
            s2, _, facts = call("GET", f"/api/v1/documents/{doc_id}/facts")
            with lock:
                stored[i] = (s1, doc, s2, facts)

    threads = [threading.Thread(target=fetch) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    missing = 0
    for _, i, _, doc_id, facts in acks:
        s1, doc, s2, got = stored[i]
        if s1 != 200 or s2 != 200:
            missing += 1
            violation(f"{label}: acknowledged document {doc_id} (article {i}) answers {s1}/{s2}")
        elif doc["text"] != article(i)["text"] or got != facts:
            missing += 1
            violation(f"{label}: document {doc_id} (article {i}) differs from what was acknowledged")
    return len(ids), missing


def load_and_kill(app, load):
    tasks = [[] for _ in range(CLIENTS)]
    for i in range(ARTICLES):
        for c in random.Random(1000 + i).sample(range(CLIENTS), 2 + i % 2):  # 2 or 3 different clients
            tasks[c].append(i)
    for c, t in enumerate(tasks):
        random.Random(c).shuffle(t)
    total = sum(map(len, tasks))

    def client(c):
        for i in tasks[c]:
            load.post(i)

    threads = [threading.Thread(target=client, args=(c,)) for c in range(CLIENTS)]
    t0 = time.time()
    [t.start() for t in threads]
    while len(load.acks) < total * 0.4:
        time.sleep(0.05)
    app.kill9()
    t_kill = time.time()
    before = [a for a in load.acks if a[0] < t_kill]
    restart = app.start()
    kill = {"acknowledged_before_kill": len(before), "restart_s": restart}
    kill["distinct_before_kill"], kill["lost_after_restart"] = check_acks(before, "after kill -9")
    [t.join() for t in threads]
    return total, time.time() - t0, kill


def outage(app):
    """Reads and writes while PostgreSQL stops and starts; returns what was seen."""
    seen = []     # (start, end, kind, status, content-type)
    acked = []
    sent = {}     # article -> the answer to its one post (status or exception name)
    stop = threading.Event()
    lock = threading.Lock()
    counter = iter(range(10**6, 10**7))

    def worker(kind):
        while not stop.is_set():
            t = time.time()
            try:
                if kind == "write":
                    with lock:
                        i = next(counter)
                    with lock:
                        sent[i] = "not answered"
                    status, hdrs, body = call("POST", "/api/v1/documents", article(i), timeout=30)
                    with lock:
                        sent[i] = status
                    if status in (200, 201):
                        with lock:
                            acked.append((time.time(), i, status, body["id"], body["facts"]))
                else:
                    status, hdrs, body = call("GET", "/api/v1/facts?size=5&kind=MONEY", timeout=30)
                ct = hdrs.get("content-type", "")
            except (OSError, http.client.HTTPException) as e:
                status, ct = type(e).__name__, ""
                if kind == "write":
                    with lock:
                        sent[i] = status
            with lock:
                seen.append((t, time.time(), kind, status, ct))
            time.sleep(0.2)

    threads = [threading.Thread(target=worker, args=(k,)) for k in ["read"] * 3 + ["write"] * 3]
    [t.start() for t in threads]
    time.sleep(3)
    subprocess.run([os.path.join(ROOT, ".ci/postgres"), "stop"], check=True)
    t_down = time.time()
    ready_down = []
    while time.time() - t_down < 10:
        try:
            status, _, body = call("GET", "/q/health/ready", key=None, timeout=10)
            ready_down.append((status, json.dumps(body)))
        except (OSError, http.client.HTTPException) as e:
            ready_down.append((type(e).__name__, ""))
        time.sleep(0.5)
    # PostgreSQL accepts connections before `.ci/postgres start` returns (slowly, on a busy machine), so
    # "down" ends when the start is called, not when it returns: an answer from the database in between
    # is the database coming back, not a request served while it was down.
    t_start = time.time()
    subprocess.run([os.path.join(ROOT, ".ci/postgres"), "start"], check=True, capture_output=True)
    t_up = time.time()
    recovered = None
    while time.time() - t_up < 90 and recovered is None:
        with lock:
            ok = [s for s in seen if s[2] == "write" and s[3] == 201 and s[0] > t_up]
        recovered = min(s[1] for s in ok) - t_up if ok else None
        time.sleep(0.2)
    ready_after = None
    while time.time() - t_up < 90:
        if call("GET", "/q/health/ready", key=None)[0] == 200:
            ready_after = time.time() - t_up
            break
        time.sleep(0.5)
    time.sleep(2)
    stop.set()
    [t.join() for t in threads]

    during = [s for s in seen if s[0] >= t_down + 0.5 and s[1] <= t_start]   # asked and answered while down
    straddling = [s for s in seen if s not in during and (s[0] < t_down + 0.5 <= s[1] or s[0] < t_up and s[1] > t_start)]
    codes = {}
    for s in during:
        codes[s[3]] = codes.get(s[3], 0) + 1
    slowest = max((s[1] - s[0] for s in during), default=0.0)
    for s in during:
        if s[3] != 503 or not s[4].startswith("application/problem+json"):
            violation(f"while the database was down a {s[2]} answered {s[3]} {s[4]}")
    if slowest > 7:
        violation(f"a request took {slowest:.1f} s while the database was down")
    if not during:
        violation("no request was answered while the database was down")
    if not ready_down or any(s != 503 or "DOWN" not in b for s, b in ready_down[2:]):
        violation(f"readiness while the database was down: {sorted(set(s for s, _ in ready_down))}")
    if recovered is None:
        violation("writes did not succeed again within 90 s of the database coming back")
    if ready_after is None:
        violation("readiness did not come back UP")
    straddle_codes = {}
    for s in straddling:
        straddle_codes[s[3]] = straddle_codes.get(s[3], 0) + 1
    for s in straddling:
        if s[3] not in (200, 201, 503):
            violation(f"a {s[2]} in flight when the database stopped/started answered {s[3]}")
    return {"codes_while_down": codes, "slowest_while_down_s": slowest, "in_flight_codes": straddle_codes,
            "readiness_while_down": sorted({str(s) for s, _ in ready_down}),
            "write_recovered_after_s": recovered, "ready_after_s": ready_after, "acked": acked,
            "sent": sent, "requests": len(seen)}


def stored_subset(sent, acked):
    """What the service promises about the rows: acknowledged <= stored <= sent, one row per content hash.

    A write in flight when the app or the database stopped may be stored without its acknowledgement
    reaching the client (it retries, or gives up): that is allowed, a row for text nobody sent or a second
    row for one text is not. Returns the articles stored but never acknowledged."""
    by_hash = {hashlib.sha256(article(i)["text"].encode("utf-8")).hexdigest(): i for i in sent}
    rows = psql("select content_hash from document", DB).split()
    if len(rows) != len(set(rows)):
        violation(f"{len(rows) - len(set(rows))} duplicate content_hash")
    stranger = [h for h in rows if h not in by_hash]
    if stranger:
        violation(f"{len(stranger)} stored documents were never sent")
    stored = {by_hash[h] for h in rows if h in by_hash}
    missing = set(acked) - stored
    if missing:
        violation(f"{len(missing)} acknowledged articles are not stored, e.g. {sorted(missing)[:5]}")
    return stored - set(acked)


def reextract_race():
    """8 concurrent re-extractions of one document, and a re-extract-all job, leave its facts as they were."""
    text = (f"Race {secrets.token_hex(8)}: In 2020, exports reached 50.9 billion yuan, up 15 percent "
            "year-on-year, and more than 40 firms took part.")
    status, _, doc = call("POST", "/api/v1/documents", {"text": text, "publishedAt": "2021-03-01"})
    if status != 201:
        violation(f"re-extraction race: posting the document answered {status}")
        return {}
    doc_id, facts = doc["id"], len(doc["facts"])
    status, _, _ = call("POST", f"/api/v1/documents/{doc_id}/reextract")
    if status != 403:
        violation(f"re-extraction with a writer key answered {status} (expected 403)")
    codes = {}
    lock = threading.Lock()

    def reextract():
        for _ in range(60):  # 429 is back-pressure (the run's waiting line is short): wait and retry
            try:
                code, hdrs, _ = call("POST", f"/api/v1/documents/{doc_id}/reextract", key=OPERATOR_KEY, timeout=120)
            except (OSError, http.client.HTTPException) as e:
                code, hdrs = type(e).__name__, {}
            if code not in (429, 503):
                break
            time.sleep(float(hdrs.get("retry-after", "1")))
        with lock:
            codes[code] = codes.get(code, 0) + 1

    threads = [threading.Thread(target=reextract) for _ in range(8)]
    [t.start() for t in threads]
    job_status, hdrs, job = call("POST", "/api/v1/documents/reextract", key=OPERATOR_KEY)
    [t.join() for t in threads]
    if codes != {200: 8}:
        violation(f"re-extraction race: answers {codes} (expected 8 x 200)")
    if job_status != 202 or not hdrs.get("location", "").startswith("/api/v1/jobs/"):
        violation(f"re-extract-all answered {job_status}, Location {hdrs.get('location')}")
    # the job goes on over every stored document; whenever it passes this one it replaces its facts
    # in one transaction under the document's row lock, so the count holds at every moment
    counts = []
    for _ in range(3):
        counts.append(call("GET", f"/api/v1/facts?documentId={doc_id}&size=1")[2]["total"])
        counts.append(int(psql(f"select count(*) from fact where document_id = {doc_id}", DB)))
        time.sleep(0.5)
    if any(c != facts for c in counts):
        violation(f"re-extraction race: document {doc_id} had {facts} facts, then {counts}")
    return {"facts": facts, "codes": codes, "counts": sorted(set(counts)), "job": job_status}


def quadratic_text():
    """One long sentence with a figure every 26 characters: stored and answered size linear in the text."""
    text = f"Dense {secrets.token_hex(8)}. " + "up 5 percent year-on-year " * 1000
    size = len(text.encode("utf-8"))
    t0 = time.time()
    status, _, doc = call("POST", "/api/v1/documents", {"text": text}, timeout=120)
    took = time.time() - t0
    if status != 201:
        violation(f"quadratic text: POST answered {status}")
        return {}
    answer = len(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    doc_id = doc["id"]
    stored = int(psql(f"select (select pg_column_size(d.*) from document d where d.id = {doc_id})"
                      f" + (select coalesce(sum(pg_column_size(f.*)), 0) from fact f where f.document_id = {doc_id})"
                      f" + (select coalesce(sum(pg_column_size(e.*)), 0) from fact_entity e join fact f on f.id = e.fact_id"
                      f" where f.document_id = {doc_id})", DB))
    sentences = int(psql(f"select coalesce(sum(octet_length(sentence)), 0) from fact where document_id = {doc_id}", DB))
    if stored > QUADRATIC_MAX_STORED * size:
        violation(f"quadratic text: {size} bytes stored as {stored} bytes (more than {QUADRATIC_MAX_STORED} x)")
    if answer > QUADRATIC_MAX_ANSWER * size:
        violation(f"quadratic text: {size} bytes answered with {answer} bytes (more than {QUADRATIC_MAX_ANSWER} x)")
    return {"bytes": size, "facts": len(doc["facts"]), "stored": stored, "sentences": sentences, "answer": answer,
            "seconds": took}


def report_extra(race, dense):
    print(f"""
== reliability: re-extraction race, quadratic text ==
reextract     document with {race.get('facts')} facts, 8 concurrent re-extractions answered {race.get('codes')},
              re-extract-all job {race.get('job')}; fact counts seen afterwards {race.get('counts')}; writer key 403
quadratic     {dense.get('bytes')} bytes of text, {dense.get('facts')} facts in {dense.get('seconds', 0):.1f} s: stored {dense.get('stored')} bytes
              ({(dense.get('stored') or 0) / max(1, dense.get('bytes') or 1):.1f} x, limit {QUADRATIC_MAX_STORED} x; sentence excerpts {dense.get('sentences')} bytes),
              answer {dense.get('answer')} bytes ({(dense.get('answer') or 0) / max(1, dense.get('bytes') or 1):.1f} x, limit {QUADRATIC_MAX_ANSWER} x)""")


def main():
    os.makedirs(os.path.dirname(LOG), exist_ok=True)
    open(LOG, "w").close()
    psql(f"drop database if exists {DB}")
    psql(f"create database {DB} owner econfacts")
    app = App()
    load = Load()
    try:
        first_start = app.start()
        refused = credentials(load)
        total, took, kill = load_and_kill(app, load)
        status, _, page = call("GET", "/api/v1/documents?size=1")
        documents = page["total"]
        rows, hashes = map(int, psql("select count(*) || ' ' || count(distinct content_hash) from document", DB).split())
        found, lost = check_acks(load.acks, "after load")
        if documents != ARTICLES or rows != ARTICLES:
            violation(f"{documents} documents through the API, {rows} rows (expected {ARTICLES})")
        if hashes != rows:
            violation(f"{rows - hashes} duplicate content_hash")
        if found != ARTICLES:
            violation(f"{ARTICLES - found} articles were never acknowledged")
        out = outage(app)
        found_outage, lost_outage = check_acks(out["acked"], "after outage")
        unacked = stored_subset(set(range(ARTICLES)) | set(out["sent"]), [a[1] for a in load.acks + out["acked"]])
        # what the app answered to the writes it stored without a 201/200 reaching the client
        unacked_answers = {}
        for i in unacked:
            a = str(out["sent"].get(i, "load phase"))
            unacked_answers[a] = unacked_answers.get(a, 0) + 1
        # after the row check: these documents are not among the articles sent above
        report_extra(reextract_race(), quadratic_text())
    finally:
        app.stop()

    print(f"""
== reliability summary (app {app.starts} starts, first ready after {first_start:.1f} s; log {LOG}) ==
credentials   refused without a valid key: {refused}/40 (401 problem+json); bearer key accepted
load          {ARTICLES} articles, {total} scheduled posts by {CLIENTS} clients in {took:.1f} s
              requests sent {load.posts}, acknowledged {len(load.acks)} (201/200), 429 retried {load.c429},
              503 retried {load.c503}, connection errors retried {load.conn_errors}
              documents {documents} (API) / {rows} (rows), duplicate content_hash {rows - hashes},
              acknowledged articles found complete {found - lost}/{found}
kill -9       after {kill['acknowledged_before_kill']} acknowledgements ({kill['distinct_before_kill']} documents);
              restarted in {kill['restart_s']:.1f} s; lost or incomplete after restart: {kill['lost_after_restart']}
outage        {out['requests']} requests; answers while PostgreSQL was down: {out['codes_while_down']},
              slowest {out['slowest_while_down_s']:.2f} s; in flight at stop/start: {out['in_flight_codes']}
              readiness while down: {out['readiness_while_down']}; writes back {out['write_recovered_after_s'] and round(out['write_recovered_after_s'], 1)} s
              and readiness UP {out['ready_after_s'] and round(out['ready_after_s'], 1)} s after PostgreSQL started (no app restart);
              writes acknowledged around the outage {found_outage}, lost {lost_outage};
              stored but never acknowledged (in flight; allowed): {len(unacked)} {unacked_answers or ''}
result        {'FAILED: ' + str(len(violations)) + ' violation(s)' if violations else 'OK'}""")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
