#!/usr/bin/env python3
"""How good are the offline planner's plans? Plans every goal of the evaluation set with the
built helios-cli and measures the plans (docs/PLANNING_QUALITY.md says what each figure means).

Usage:
  plan_quality.py --cli build/bin/helios-cli [--goals tests/quality/goals] [--today 2026-12-03]
                  [--check] [--markdown] [--json FILE] [--show KIND-OR-GOAL-PART]

  --check     exit 1 when a mechanical check fails: a goal not planned, a task before today,
              a task starting before one it depends on is due, titles in the wrong language, an
              event off its deadline. (The quality figures are reported, never asserted here.)
  --markdown  print the figures as the table rows of docs/PLANNING_QUALITY.md
  --json      write every plan and every per-goal figure to FILE
  --show      print the plans whose kind or goal contains the text, to read them

Standard library only. The knowledge base (resources/planner/*.json next to this script's
repository) gives each kind's vocabulary for the "specific title" figure, taken for the kind the
goal is (expect.kind): a CLI that predates it (the "before" column) is measured with the same
yardstick.
"""

import argparse
import datetime
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9'+#.-]*[a-z0-9+#]|[a-z0-9]")
CHINESE_NUMERAL = "零一二两三四五六七八九十百千万亿"

# Words that say nothing about a particular goal: articles, pronouns, the verbs of every plan.
EN_STOP = set("""
a an the and or but of to in on at by for with from into onto about over under up down out off
as is are be been being was were it its this that these those there here than then so such
your you my our me we us i he she they them their his her one two three four five six seven
eight nine ten first second last next new each every any all some more most less least other
own same just only also very much many few week weeks day days month months year years time
times hour hours minute minutes today tomorrow before after during until while again once
get got make made take took do did done doing have has had want need like would could should
can will shall may might must start started finish finished plan plans plan's write down note
notes list choose pick find set keep use try check goal goals step steps thing things way ways
learn learning study studying practise practice go going come put give see look know think
what which who whom whose why how when where not no yes if
""".split())
ZH_STOP = set("""
一个 一下 一些 我想 想要 希望 能够 可以 已经 开始 完成 计划 准备 学习 学会 今年 明年 个月 之前 以前
以内 之内 时间 每天 每周 自己 我们 他们 你的 我的 这个 那个 什么 怎么 如何 为了 然后 现在 目标 一定
还是 或者 以及 因为 所以 如果 可能 需要 应该 一次 两次 第一 最后 左右 以上 以下 一点 一年 半年 一周
""".split())


def words_en(text):
    return [w for w in LATIN_WORD.findall(text.lower()) if len(w) >= 3 and w not in EN_STOP]


def han_bigrams(text):
    runs = re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text)
    grams = set()
    for run in runs:
        for i in range(len(run) - 1):
            gram = run[i:i + 2]
            if gram not in ZH_STOP and not all(c in CHINESE_NUMERAL for c in gram):
                grams.add(gram)
    return grams


def load_knowledge():
    """kind id -> set of vocabulary (lower case): match terms, requires, subject terms and names,
    units, level words, event and kind names. The words that define the domain, not the plan's
    titles."""
    vocab = {}
    for path in sorted((ROOT / "resources" / "planner").glob("*.json")):
        if path.name == "schema.json":
            continue
        family = json.loads(path.read_text(encoding="utf-8"))
        for kind in family.get("kinds", []):
            v = set()
            for group in kind.get("match", []):
                if group.get("weight", 0) > 0:
                    v.update(group.get("terms", []))
            v.update(kind.get("requires", []))
            subject = kind.get("subject", {})
            for entry in subject.get("terms", []):
                v.update(entry.get("terms", []))
                v.update([entry.get("en", ""), entry.get("zh", "")])
            for detail in kind.get("details", []):
                v.update(detail.get("units", []))
            for key in ("name", "event"):
                if key in kind:
                    v.update([kind[key]["en"], kind[key]["zh"]])
            vocab[kind["id"]] = {t.lower().replace("-", " ") for t in v if t}
    return vocab


def contains_term(title, term):
    t = title.lower().replace("-", " ")
    if HAN.search(term):
        return term in t
    return re.search(r"(?<![a-z0-9])" + re.escape(term) + r"(?:e?s)?(?![a-z0-9])", t) is not None


class Runner:
    def __init__(self, cli, today, folder):
        self.cli = cli
        self.today = today
        self.db = os.path.join(folder, "quality.db")

    def plan(self, goal, deadline, hours):
        args = [self.cli, "--db", self.db, "plan", goal, "--hours-per-week", str(hours),
                "--today", self.today, "--json"]
        if deadline:
            args[5:5] = ["--deadline", deadline]
        done = subprocess.run(args, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            return None, done.stderr.strip() or f"exit {done.returncode}"
        try:
            out = json.loads(done.stdout)
        except json.JSONDecodeError as e:
            return None, f"not JSON: {e}"
        return out, None


def skeleton(title, plan):
    s = title
    for value in (plan.get("subject") or "",):
        if value and len(value) >= 2:
            s = s.replace(value, "{S}")
    s = re.sub(r"[0-9][0-9.,:]*", "#", s)
    s = re.sub("[" + CHINESE_NUMERAL + "]+(?=[个次周本首道套篇章天分级公斤斤])", "#", s)
    return re.sub(r"\s+", " ", s.strip().lower())


def clean_subject(subject, goal):
    if not subject:
        return True  # titles written to need none
    whole = subject.strip() == goal.strip()
    if (whole and (len(goal.split()) > 3 or len(HAN.findall(goal)) > 6)) or len(subject) > 40:
        return False  # the whole goal quoted back
    if re.search(r"[,.;!?，。；！？]", subject):
        return False
    low_goal, low = goal.lower(), subject.lower()
    at = low_goal.find(low)
    if at >= 0 and not HAN.search(subject):
        before = low_goal[at - 1] if at > 0 else " "
        after = low_goal[at + len(low)] if at + len(low) < len(low_goal) else " "
        if before.isalnum() or after.isalnum():
            return False  # a fragment cut out of a word
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--goals", default=str(ROOT / "tests" / "quality" / "goals"))
    parser.add_argument("--today", default="2026-12-03")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json")
    parser.add_argument("--show")
    args = parser.parse_args()

    today = datetime.date.fromisoformat(args.today)
    vocab = load_knowledge()
    goals = []
    for path in sorted(pathlib.Path(args.goals).glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            entry["family"] = path.stem
            goals.append(entry)

    failures = []
    results = []
    with tempfile.TemporaryDirectory() as folder:
        runner = Runner(args.cli, args.today, folder)
        # The generic fallback's titles, in both languages: words in them are not specific.
        generic_words, generic_grams = set(), set()
        for filler in ("zzqx vvkp", "嗯嗯嗯"):
            out, _ = runner.plan(filler, None, 5)
            for task in (out or {}).get("plan", {}).get("tasks", []):
                generic_words.update(words_en(task["title"]))
                generic_grams.update(han_bigrams(task["title"]))
        for g in goals:
            out, error = runner.plan(g["goal"], g["deadline"], g["hours_per_week"])
            results.append((g, out, error))
            if error or not out or not out.get("plan", {}).get("tasks"):
                failures.append(f"not planned: {g['goal']!r}: {error or 'no tasks'}")

    titles_total = specific = 0
    subject_ok = subject_total = kind_ok = 0
    event_total = event_ok = 0
    at_risk = 0
    capacity_ratios = []
    skeletons = []  # (goal index, kind, skeleton)
    per_goal = []
    for index, (g, out, error) in enumerate(results):
        if not out:
            continue
        plan = out["plan"]
        tasks = plan["tasks"]
        kind = plan.get("kind", "")
        expect = g["expect"]
        language = plan.get("language", "en")
        subject = plan.get("subject") or ""

        # Specific titles.
        goal_words = set(words_en(g["goal"])) - generic_words
        goal_grams = han_bigrams(g["goal"]) - generic_grams
        subject_words = set(words_en(subject)) | han_bigrams(subject)
        # The domain's words are those of the kind the goal is (expect.kind), whatever kind the
        # planner made of it: the same yardstick for any planner, the old one included.
        kind_terms = {t for t in vocab.get(expect["kind"], set())
                      if t not in generic_words and t.lower() != subject.lower()}
        specific_here = 0
        for task in tasks:
            title = task["title"]
            words = set(words_en(title))
            grams = han_bigrams(title)
            hit = bool(((words & goal_words) | (grams & goal_grams)) - subject_words)
            if not hit:
                hit = any(contains_term(title, t) for t in kind_terms
                          if len(t) >= 2 and t not in subject_words)
            specific_here += hit
            skeletons.append((index, expect["kind"], skeleton(title, plan)))
        titles_total += len(tasks)
        specific += specific_here

        # Subject and kind.
        ok_subject = clean_subject(subject, g["goal"])
        if expect.get("subject") is not None:
            ok_subject = subject.lower() in [s.lower() for s in expect["subject"]]
        subject_total += 1
        subject_ok += ok_subject
        kind_ok += kind == expect["kind"]

        # The event.
        events = [t for t in tasks if t.get("event")]
        deadline = g["deadline"] or plan.get("deadline")
        event_here = None
        if expect.get("event"):
            event_total += 1
            if events and deadline and events[0].get("due_date"):
                days = abs((datetime.date.fromisoformat(events[0]["due_date"]) -
                            datetime.date.fromisoformat(deadline)).days)
                event_here = days <= 3
            else:
                event_here = False
            event_ok += event_here

        # Hours against capacity.
        total = sum(t["estimate_hours"] for t in tasks)
        end = deadline or max((t["due_date"] for t in tasks if t.get("due_date")), default=None)
        if end:
            weeks = max(1, (datetime.date.fromisoformat(end) - today).days + 1) / 7
            capacity_ratios.append(total / (g["hours_per_week"] * weeks))
        at_risk += bool(plan.get("at_risk"))

        # Mechanical checks.
        by_id = {t["id"]: t for t in tasks}
        for t in tasks:
            if t.get("start_date") and t["start_date"] < args.today:
                failures.append(f"{g['goal']!r}: {t['title']!r} starts before today")
            for d in t.get("depends_on", []):
                dep = by_id.get(d)
                if dep and dep.get("due_date") and t.get("start_date") and \
                        dep["due_date"] > t["start_date"]:
                    failures.append(f"{g['goal']!r}: {t['title']!r} starts before "
                                    f"{dep['title']!r} is due")
            has_han = bool(HAN.search(t["title"].replace(subject, "")))
            if (language == "zh") != has_han and not (language == "zh" and not has_han and
                                                      HAN.search(subject)):
                failures.append(f"{g['goal']!r}: title not in {language}: {t['title']!r}")
        if expect.get("event") and "event" in (tasks[0] if tasks else {}) and g["deadline"]:
            if not events:
                failures.append(f"{g['goal']!r}: no event")
            elif events[0].get("due_date") != g["deadline"]:
                failures.append(f"{g['goal']!r}: event on {events[0].get('due_date')}, "
                                f"deadline {g['deadline']}")
        per_goal.append({"goal": g["goal"], "family": g["family"], "kind": kind,
                         "expected_kind": expect["kind"], "subject": subject,
                         "subject_ok": bool(ok_subject), "tasks": len(tasks),
                         "specific": specific_here, "hours": round(total, 1),
                         "at_risk": bool(plan.get("at_risk")), "event_ok": event_here,
                         "hint": out.get("hint", "")})
        if args.show and (args.show in kind or args.show in g["goal"]):
            print(f"\n=== {g['goal']}  [{kind}, subject {subject!r}, "
                  f"{total:.1f} h{', AT RISK' if plan.get('at_risk') else ''}]")
            for t in tasks:
                mark = " EVENT" if t.get("event") else ""
                print(f"  {t.get('start_date')}..{t.get('due_date')} {t['estimate_hours']:5.1f}h"
                      f"{mark} {t['title']}")
            if out.get("hint"):
                print(f"  hint: {out['hint']}")

    # Shared skeletons: a title whose skeleton appears in another goal's plan (any kind), and
    # in the plan of a goal of another kind (boilerplate leaking across kinds of goals). Kinds
    # are the evaluation set's (expect.kind), so that any planner is measured alike.
    where = defaultdict(set)
    kinds_of = defaultdict(set)
    for index, kind, sk in skeletons:
        where[sk].add(index)
        kinds_of[sk].add(kind)
    shared_any = sum(1 for index, kind, sk in skeletons if len(where[sk] - {index}) > 0)
    shared_kind = sum(1 for index, kind, sk in skeletons if len(kinds_of[sk] - {kind}) > 0)

    def share(n, d):
        return 100.0 * n / d if d else 0.0

    ratios = sorted(capacity_ratios)
    median_ratio = ratios[len(ratios) // 2] if ratios else 0
    planned = sum(1 for _, out, _ in results if out)
    figures = {
        "goals": len(goals),
        "planned": planned,
        "titles": titles_total,
        "specific_titles_pct": round(share(specific, titles_total), 1),
        "shared_skeletons_other_kind_pct": round(share(shared_kind, len(skeletons)), 1),
        "shared_skeletons_any_goal_pct": round(share(shared_any, len(skeletons)), 1),
        "subjects_right_pct": round(share(subject_ok, subject_total), 1),
        "kinds_right_pct": round(share(kind_ok, planned), 1),
        "events_on_deadline": f"{event_ok}/{event_total}",
        "at_risk": at_risk,
        "median_hours_over_capacity": round(median_ratio, 2),
        "mechanical_failures": len(failures),
    }
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"figures": figures, "goals": per_goal}, f, ensure_ascii=False, indent=1)
    if args.markdown:
        print(f"| goals planned | {planned} of {len(goals)} |")
        print(f"| titles specific to the goal | {figures['specific_titles_pct']} % |")
        print(f"| title skeletons shared with another kind's plan | "
              f"{figures['shared_skeletons_other_kind_pct']} % |")
        print(f"| title skeletons shared with any other goal's plan | "
              f"{figures['shared_skeletons_any_goal_pct']} % |")
        print(f"| subjects right | {figures['subjects_right_pct']} % |")
        print(f"| kinds right | {figures['kinds_right_pct']} % |")
        print(f"| events within 3 days of the deadline | {figures['events_on_deadline']} |")
        print(f"| plans at risk | {at_risk} |")
        print(f"| median planned hours / capacity | {figures['median_hours_over_capacity']} |")
    else:
        for key, value in figures.items():
            print(f"{key:36} {value}")
    for failure in failures[:50]:
        print("FAIL", failure)
    if args.check and failures:
        print(f"{len(failures)} mechanical checks failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
