#!/usr/bin/env python3
"""Writes N short, distinct economic news articles as JSON Lines (the body of POST /api/v1/documents).

  .ci/articles.py N OUT.jsonl [PREFIX] [en|en+zh]

Each article is one or two sentences with a money figure, a percentage and a count, deterministic
(article i is always the same text), titled "PREFIX i": English only (en, the default; the service then
needs only its English models), or every third one in Simplified Chinese (en+zh). Used by
.ci/scaleout and for measuring the importer. Python 3 standard library only.
"""
import json
import random
import sys

PLACES = ["Guangzhou", "Dalian", "Qingdao", "Wuhan", "Chengdu", "Harbin", "Nanjing", "Fuzhou", "Urumqi"]
SECTORS = ["machinery exports", "grain imports", "foreign direct investment", "online retail sales",
           "steel output", "port throughput revenue", "software revenue"]
PLACES_ZH = ["广州", "大连", "青岛", "武汉", "成都", "哈尔滨", "南京", "福州", "乌鲁木齐"]
SECTORS_ZH = ["机械出口", "粮食进口", "外商直接投资", "网上零售额", "软件业务收入"]


def article(i, prefix, chinese):
    r = random.Random(f"{prefix}-{i}")
    year = 2016 + r.randrange(9)
    whole, tenth, pct, firms = r.randrange(2, 950), r.randrange(10), r.randrange(2, 35), r.randrange(3, 800)
    if chinese and i % 3 == 2:
        text = (f"{prefix}第{i}期：{year}年{r.choice(PLACES_ZH)}{r.choice(SECTORS_ZH)}达{whole}.{tenth}亿元，"
                f"同比增长{pct}%，共有{firms}家企业参与。")
    else:
        text = (f"{prefix} note {i}: {r.choice(PLACES)} {r.choice(SECTORS)} reached {whole}.{tenth} billion yuan in {year}, "
                f"up {pct} percent from a year earlier. About {firms} companies took part.")
    return {"text": text, "title": f"{prefix} {i}", "publishedAt": f"{year + 1}-02-15"}


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    prefix = sys.argv[3] if len(sys.argv) > 3 else "Wire"
    chinese = len(sys.argv) > 4 and sys.argv[4] == "en+zh"
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(article(i, prefix, chinese), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
