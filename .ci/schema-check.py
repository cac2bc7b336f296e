#!/usr/bin/env python3
"""Checks `capplan schema` with an independent JSON Schema validator (python jsonschema).

usage: schema-check.py SCHEMA.json FIXTURES_DIR SCENARIO.json...

Every scenario must validate (an overlay, a file with "extends", holds only what it changes
and is checked after merging by `capplan validate`, so it is skipped here). Every invalid
fixture that is JSON and whose expected messages include a shape error (an unknown key, a
missing key, a wrong type, a number out of its range, a name not in a list) must be rejected;
fixtures whose only problems are between names (references, duplicates, sense checks) are
beyond what a schema can say and are listed as such.
"""
import glob
import json
import os
import sys

from jsonschema import Draft202012Validator

SHAPE_ERRORS = ("unknown key", "missing required key", "expected a", "expected an",
                "expected true or false", "is not a fraction", "must be greater than",
                "must not be negative", "must be at least", "is not a whole number",
                "unknown value")


def main():
    schema = json.load(open(sys.argv[1]))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    failures = 0
    for path in sys.argv[3:]:
        document = json.load(open(path))
        if "extends" in document:
            print(f"skip {path}: an overlay, checked after merging by capplan validate")
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            failures += 1
            for error in errors[:5]:
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"FAIL {path}: {where}: {error.message}")
        else:
            print(f"ok   {path} validates")
    for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
        expected = open(path[:-len(".json")] + ".expected.txt").read()
        try:
            document = json.load(open(path))
        except ValueError:
            print(f"ok   {path}: not JSON, refused before any schema")
            continue
        shape = [m for m in SHAPE_ERRORS if m in expected]
        errors = list(validator.iter_errors(document))
        if shape and not errors:
            failures += 1
            print(f"FAIL {path}: has shape errors ({', '.join(shape)}) but the schema accepts it")
        elif shape:
            print(f"ok   {path}: rejected ({len(errors)} schema errors)")
        else:
            print(f"ok   {path}: only errors between names; schema errors: {len(errors)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
