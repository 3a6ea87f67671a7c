#!/usr/bin/env python3
"""Prints the measured part of the newest Gatling run (target/gatling) as a Markdown table for docs/performance.md.

Gatling keeps its numbers in the HTML report only; this reads the statistics table of index.html (columns: total,
OK, KO, KO %, req/s, min, p50, p75, p95, p99, max, mean, std) for the requests of the group "Messung".
Usage: scripts/load-summary.py [report directory]
"""
import glob
import html
import os
import re
import sys

TARGET_MS = 100
NOT_IN_TARGET = {"Bearbeiten: Speichern", "Entscheidung"}  # writes: not among the target pages

report = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob("target/gatling/*/"), key=os.path.getmtime)
page = open(os.path.join(report, "index.html"), encoding="utf-8").read()
rows = re.findall(r'<tr id="([^"]+)" data-parent="(group_messung[^"]*)">(.*?)</tr>', page, re.S)
print(f"Report: {report}\n")
print("| Page | Requests | Errors | req/s | p50 ms | p95 ms | p99 ms | max ms | Target p95 < 100 ms |")
print("|---|---|---|---|---|---|---|---|---|")
for _, _, cells in rows:
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', cells).group(1))
    values = re.findall(r'<td class="value [^"]*">([^<]*)</td>', cells)
    total, ok, ko, _, rps, _, p50, _, p95, p99, top = values[:11]
    if "Redirect" in name:
        continue
    verdict = "–" if name in NOT_IN_TARGET else ("met" if int(p95) < TARGET_MS else "**missed**")
    print(f"| {name} | {total} | {ko} | {rps} | {p50} | {p95} | {p99} | {top} | {verdict} |")
