#!/usr/bin/env python3
"""Validate JSON documents against a JSON schema with the machine's `jsonschema` package (no network).

    python3 tests/tools/validate_json_schema.py SCHEMA FILE [FILE...]

The schema's own `$schema` picks the draft (SARIF 2.1.0's is draft-04). Every error is printed as
`ERROR FILE: <path>: <message>`, then `OK FILE` or `FAIL FILE (N errors)`. Exit 0 when every file is valid,
1 when one is not, 2 when the schema or a file cannot be read or is not JSON.
"""
import json
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover - the CI script checks for it
    print("validate_json_schema: the python3 package 'jsonschema' is missing", file=sys.stderr)
    sys.exit(2)


def load(path):
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError) as error:
        print(f"validate_json_schema: cannot read {path}: {error}", file=sys.stderr)
        sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    schema = load(argv[1])
    validator_type = jsonschema.validators.validator_for(schema)
    validator_type.check_schema(schema)
    validator = validator_type(schema, format_checker=validator_type.FORMAT_CHECKER)
    failed = False
    for path in argv[2:]:
        errors = sorted(validator.iter_errors(load(path)), key=lambda error: list(error.absolute_path))
        for error in errors:
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"ERROR {path}: {location}: {error.message}")
        print(f"FAIL {path} ({len(errors)} errors)" if errors else f"OK {path}")
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
