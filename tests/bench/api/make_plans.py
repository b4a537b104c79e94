#!/usr/bin/env python3
"""The API benchmarks' plans: 30 plans of 10 tasks and one of 200 (the plan read in the
benchmarks), written as a Helios JSON file for `helios-cli import --format json`.
    make_plans.py OUT.json [PREFIX]   (PREFIX: 30 plans of 10 tasks named "PREFIX k" only)"""
import datetime
import json
import sys


def plan(goal, n):
    start = datetime.date(2026, 12, 1)
    return {"goal": goal, "start_date": str(start), "hours_per_week": 10, "tasks": [
        {"id": i + 1, "title": f"{goal}: step {i + 1} of the work, described in a sentence",
         "estimate_hours": 1 + i % 3,
         "start_date": str(start + datetime.timedelta(days=i)),
         "due_date": str(start + datetime.timedelta(days=i + 1)),
         "milestone": f"Part {i // 10 + 1}", "depends_on": [i] if i else [],
         "notes": "Notes of a realistic length for a task in a plan." if i % 4 == 0 else ""}
        for i in range(n)]}


if len(sys.argv) > 2:
    plans = [plan(f"{sys.argv[2]} {k}", 10) for k in range(30)]
else:
    plans = [plan(f"Plan {k}", 10) for k in range(30)] + [plan("Two hundred tasks", 200)]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"format": "helios-plan", "formatVersion": 1, "plans": plans}, out)
