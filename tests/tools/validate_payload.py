#!/usr/bin/env python3
"""Validate JSON files as Amazon SageMaker CreateAlgorithm request payloads.

Usage: validate_payload.py [--json] FILE [FILE...]

Each FILE is checked against the shape CreateAlgorithmInput of the SageMaker
service model shipped with the installed botocore:

  * the JSON itself: a single top-level object, no null values, no duplicate
    keys, no NaN/Infinity;
  * botocore's client-side ParamValidator: required members, value types and
    unknown members;
  * the constraints botocore leaves to the service: string length (min/max),
    whole-value pattern match (Java regex semantics), enum membership,
    list/map item counts, integer/long ranges.

Values of enums whose shape name ends in "InstanceType" that botocore does not
know are reported as warnings only: new instance types appear often.

Output: one "ERROR file: path: message" or "WARNING file: path: message" line
per problem, then "OK file" or "FAIL file (N errors)" for every file (or one
JSON document with --json).
Exit codes: 0 all files valid, 1 a file is invalid, 2 usage or environment
error (bad arguments, unreadable file, botocore model unavailable).
"""

import argparse
import functools
import json
import sys
from dataclasses import asdict, dataclass, field

EXIT_OK, EXIT_INVALID, EXIT_ENVIRONMENT = 0, 1, 2

try:
    import regex
    from botocore.loaders import Loader
    from botocore.model import ServiceModel
    from botocore.validate import ParamValidator
except ImportError as import_error:
    print(f"validate_payload.py: missing module: {import_error}", file=sys.stderr)
    sys.exit(EXIT_ENVIRONMENT)

SERVICE_NAME = "sagemaker"
OPERATION_NAME = "CreateAlgorithm"
ROOT_PATH = "input"
INT_RANGES = {"integer": (-(2**31), 2**31 - 1), "long": (-(2**63), 2**63 - 1)}
SHOWN_VALUE_CHARS = 60
LISTED_ENUM_VALUES = 12

# Java's \d \w \s are ASCII-only unless UNICODE_CHARACTER_CLASS is set, and
# "." stops at every Java line terminator; the regex module is Unicode-aware.
JAVA_ASCII_CLASSES = {"d": "0-9", "w": "a-zA-Z0-9_", "s": " \\t\\n\\x0B\\f\\r"}
JAVA_DOT = "[^\\n\\r\\x85\\u2028\\u2029]"


@dataclass
class Problem:
    """One finding about a payload, located by a botocore-style member path."""

    path: str
    message: str
    source: str  # "file", "json", "botocore" or "model"


@dataclass
class FileResult:
    """Everything found in one file."""

    file: str
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    unreadable: bool = False

    @property
    def ok(self):
        """True when the file has no error (warnings do not count)."""
        return not self.errors


class JsonObject(list):
    """A JSON object as parsed: its (key, value) pairs in file order."""


class InvalidJson(ValueError):
    """The text is not strict JSON."""


def load_input_shape():
    """Return the CreateAlgorithm input shape from the installed botocore."""
    model = Loader().load_service_model(SERVICE_NAME, "service-2")
    service = ServiceModel(model, service_name=SERVICE_NAME)
    return service.operation_model(OPERATION_NAME).input_shape


def java_regex(pattern):
    """Translate a Java regex from the service model to `regex` V1 syntax.

    The patterns use Java syntax (\\p{L}, nested classes such as [\\S\\s]).
    The `regex` module in V1 mode understands both; this only rewrites what
    means something different in Java: \\d \\w \\s (and their negations) are
    ASCII-only, and "." does not match any Java line terminator.
    """
    out, depth, i = [], 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escaped = pattern[i + 1]
            ascii_class = JAVA_ASCII_CLASSES.get(escaped.lower())
            if ascii_class is None:
                out.append(pattern[i : i + 2])
            else:
                negation = "^" if escaped.isupper() else ""
                out.append(f"[{negation}{ascii_class}]")
            i += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif char == "." and not depth:
            char = JAVA_DOT
        out.append(char)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=None)
def compiled_pattern(pattern):
    """Compile (once) a service-model pattern with Java semantics."""
    return regex.compile(java_regex(pattern), regex.V1)


def show(value):
    """Render a JSON value for a message, shortened when long."""
    text = json.dumps(value)
    if len(text) > SHOWN_VALUE_CHARS:
        text = text[: SHOWN_VALUE_CHARS - 3] + "..."
    return text


def printable(text):
    """Escape control and non-ASCII characters so a problem stays on one line."""
    return "".join(c if " " <= c <= "~" else ascii(c)[1:-1] for c in text)


def member_path(parent, name):
    """Path of a structure member or map value, as botocore names it."""
    return f"{parent}.{name}" if parent else name


def key_path(parent, key):
    """Path of a map key, as botocore names it."""
    return f"{parent} (key: {key})"


def display_path(path):
    """The path as printed: the top-level object is called 'input'."""
    return path or ROOT_PATH


def parse_json(text):
    """Parse strict JSON, keeping every object's pairs in file order."""

    def reject_constant(name):
        raise InvalidJson(f"{name} is not valid JSON")

    try:
        return json.loads(text, object_pairs_hook=JsonObject, parse_constant=reject_constant)
    except InvalidJson:
        raise
    except ValueError as error:
        raise InvalidJson(str(error)) from error


def to_plain(node, path, problems):
    """Convert parsed JSON to dicts and lists, reporting duplicate keys and nulls."""
    if node is None:
        problems.append(Problem(display_path(path), "value is null (omit the member instead)", "json"))
    if isinstance(node, JsonObject):
        plain = {}
        for key, value in node:
            if key in plain:
                problems.append(Problem(display_path(member_path(path, key)), "duplicate key", "json"))
            plain[key] = to_plain(value, member_path(path, key), problems)
        return plain
    if isinstance(node, list):
        return [to_plain(item, f"{path}[{i}]", problems) for i, item in enumerate(node)]
    return node


def botocore_problems(params, shape):
    """Run botocore's ParamValidator and return its findings as Problems.

    Its min length/range reports are dropped because check_constraints reports
    them (together with max) in one format, and so are its type reports for
    None, which to_plain already reports as null values. botocore 1.43.11 has
    no public per-error accessor, hence the use of ValidationErrors internals.
    """
    report = ParamValidator().validate(params, shape)
    problems = []
    for error in report._errors:
        reason, name, details = error
        if reason in ("invalid length", "invalid range"):
            continue
        if reason == "invalid type" and details.get("param") is None:
            continue
        path = name.lstrip(".")
        if reason == "missing required field":
            path = member_path(path, details["required_name"])
        elif reason == "unknown field":
            path = member_path(path, details["unknown_param"])
        problems.append(Problem(display_path(path), report._format_error(error), "botocore"))
    return problems


def check_constraints(value, shape, path, result):
    """Check `value` against `shape` and its descendants, recursively.

    Values whose JSON type does not fit the shape are skipped: botocore
    reports those.
    """
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        for name, member_value in value.items():
            if name in shape.members:
                check_constraints(member_value, shape.members[name], member_path(path, name), result)
    elif kind == "list" and isinstance(value, list):
        check_bounds(len(value), shape, path, "items", result)
        for index, item in enumerate(value):
            check_constraints(item, shape.member, f"{path}[{index}]", result)
    elif kind == "map" and isinstance(value, dict):
        check_bounds(len(value), shape, path, "entries", result)
        for key, item in value.items():
            check_constraints(key, shape.key, key_path(path, key), result)
            check_constraints(item, shape.value, member_path(path, key), result)
    elif kind == "string" and isinstance(value, str):
        check_string(value, shape, path, result)
    elif kind in INT_RANGES and isinstance(value, bool):
        add_error(result, path, f"boolean {show(value)} given for {kind} member")
    elif kind in INT_RANGES and isinstance(value, int):
        low, high = INT_RANGES[kind]
        if not low <= value <= high:
            add_error(result, path, f"value {value} is outside the {kind} range {low}..{high}")
        check_bounds(value, shape, path, "value", result)


def check_bounds(amount, shape, path, what, result):
    """Check a length, an item count or a number against the shape's min/max.

    `what` names the amount: "length", "items", "entries" or "value".
    """
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    described = f"{amount} {what}" if what in ("items", "entries") else f"{what} {amount}"
    if low is not None and amount < low:
        add_error(result, path, f"{described} < min {low}")
    if high is not None and amount > high:
        add_error(result, path, f"{described} > max {high}")


def check_string(value, shape, path, result):
    """Check a string's length, pattern and enum membership."""
    check_bounds(len(value), shape, path, "length", result)
    pattern = shape.metadata.get("pattern")
    if pattern is not None and not compiled_pattern(pattern).fullmatch(value):
        add_error(result, path, f"value {show(value)} does not match pattern {pattern}")
    allowed = shape.enum
    if allowed and value not in allowed:
        if shape.name.endswith("InstanceType"):
            message = (
                f"unknown instance type {show(value)}"
                f" (not among the {len(allowed)} values of {shape.name} known to botocore)"
            )
            result.warnings.append(Problem(display_path(path), message, "model"))
        else:
            listed = ", ".join(allowed[:LISTED_ENUM_VALUES])
            if len(allowed) > LISTED_ENUM_VALUES:
                listed += f", ... ({len(allowed)} values)"
            add_error(result, path, f"value {show(value)} is not one of: {listed}")


def add_error(result, path, message):
    """Record a model-constraint error."""
    result.errors.append(Problem(display_path(path), message, "model"))


def validate_file(file_name, input_shape):
    """Validate one file and return its FileResult."""
    result = FileResult(file_name)
    try:
        with open(file_name, encoding="utf-8") as stream:
            text = stream.read()
    except UnicodeDecodeError as error:
        result.errors.append(Problem(ROOT_PATH, f"file is not UTF-8: {error}", "file"))
        return result
    except OSError as error:
        result.unreadable = True
        result.errors.append(Problem(ROOT_PATH, f"cannot read file: {error.strerror}", "file"))
        return result
    try:
        parsed = parse_json(text)
    except InvalidJson as error:
        result.errors.append(Problem(ROOT_PATH, f"invalid JSON: {error}", "json"))
        return result
    if not isinstance(parsed, JsonObject):
        kind = "array" if isinstance(parsed, list) else type(parsed).__name__
        result.errors.append(Problem(ROOT_PATH, f"top-level JSON value must be an object, not {kind}", "json"))
        return result
    params = to_plain(parsed, "", result.errors)
    result.errors.extend(botocore_problems(params, input_shape))
    check_constraints(params, input_shape, "", result)
    return result


def print_text(results):
    """Print the human-readable report."""
    for result in results:
        for problem in result.errors:
            print(printable(f"ERROR {result.file}: {problem.path}: {problem.message}"))
        for problem in result.warnings:
            print(printable(f"WARNING {result.file}: {problem.path}: {problem.message}"))
        if result.ok:
            print(printable(f"OK {result.file}"))
        else:
            print(printable(f"FAIL {result.file} ({len(result.errors)} errors)"))


def print_json(results):
    """Print the machine-readable report."""
    files = [
        {
            "file": result.file,
            "ok": result.ok,
            "errors": [asdict(problem) for problem in result.errors],
            "warnings": [asdict(problem) for problem in result.warnings],
        }
        for result in results
    ]
    print(json.dumps({"ok": all(result.ok for result in results), "files": files}, indent=2))


def exit_code(results):
    """2 if a file could not be read, else 1 if any file is invalid, else 0."""
    if any(result.unreadable for result in results):
        return EXIT_ENVIRONMENT
    return EXIT_OK if all(result.ok for result in results) else EXIT_INVALID


def collect_patterns(shape, seen=None):
    """All patterns reachable from `shape`, so that a bad one fails up front."""
    seen = set() if seen is None else seen
    if shape.name in seen:
        return set()
    seen.add(shape.name)
    patterns = {shape.metadata["pattern"]} if "pattern" in shape.metadata else set()
    if shape.type_name == "structure":
        children = shape.members.values()
    elif shape.type_name == "list":
        children = [shape.member]
    elif shape.type_name == "map":
        children = [shape.key, shape.value]
    else:
        children = []
    for child in children:
        patterns |= collect_patterns(child, seen)
    return patterns


def main(argv=None):
    """Parse arguments, validate every file, print the report, return the exit code."""
    parser = argparse.ArgumentParser(description="Validate SageMaker CreateAlgorithm JSON payloads.")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text lines")
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)
    try:
        input_shape = load_input_shape()
        for pattern in sorted(collect_patterns(input_shape)):
            compiled_pattern(pattern)
    except Exception as error:  # any failure here is the environment's
        print(f"validate_payload.py: cannot load the {SERVICE_NAME} model: {error}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    results = [validate_file(name, input_shape) for name in args.files]
    (print_json if args.json else print_text)(results)
    return exit_code(results)


if __name__ == "__main__":
    sys.exit(main())
