#!/usr/bin/env python3
"""Checks every family file of the offline planner's knowledge base against
resources/planner/schema.json (JSON Schema 2020-12, Debian's python3-jsonschema).

Usage: check_knowledge_schema.py SOURCE_DIR
Prints one line per problem (file, place in the file, what is wrong); exits 1 when any.
"""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    folder = pathlib.Path(sys.argv[1]) / "resources" / "planner"
    schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(p for p in folder.glob("*.json") if p.name != "schema.json")
    if not files:
        print(f"no family files in {folder}")
        return 1
    problems = 0
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            print(f"{path.name}: not valid JSON: {e}")
            problems += 1
            continue
        for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            print(f"{path.name}: {where}: {error.message[:300]}")
            problems += 1
    print(f"{len(files)} family files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
