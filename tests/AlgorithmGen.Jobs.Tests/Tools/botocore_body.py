#!/usr/bin/env python3
"""Prints the JSON body botocore would send for one SageMaker operation, given the same parameters.

Usage: botocore_body.py OPERATION < body.json

Reads a request body (what AlgorithmGen's client sent), validates it as the operation's input with botocore's
ParamValidator (required members, types, unknown members, min), orders every structure's members as the service
model lists them, and serializes it with botocore's own JSON 1.1 serializer. Prints that body with compact
separators (botocore's json.dumps uses ", " and ": "; nothing else changes), so a caller can compare it with its
own body byte for byte: same members, same order at every level, same JSON types, same escapes.

Exit codes: 0 printed, 1 botocore refused the parameters (its report on stderr), 2 usage.
"""
import json
import sys
from collections import OrderedDict

from botocore.loaders import Loader
from botocore.model import ServiceModel
from botocore.serialize import create_serializer
from botocore.validate import ParamValidator


def in_model_order(value, shape):
    if shape.type_name == "structure" and isinstance(value, dict):
        ordered = OrderedDict()
        for name, member in shape.members.items():
            if name in value:
                ordered[name] = in_model_order(value[name], member)
        for name in value:  # unknown members: left for the validator to report
            if name not in ordered:
                ordered[name] = value[name]
        return ordered
    if shape.type_name == "list" and isinstance(value, list):
        return [in_model_order(item, shape.member) for item in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return OrderedDict((k, in_model_order(v, shape.value)) for k, v in value.items())
    return value


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    model = ServiceModel(Loader().load_service_model("sagemaker", "service-2"), "sagemaker")
    operation = model.operation_model(sys.argv[1])
    params = json.loads(sys.stdin.read(), object_pairs_hook=OrderedDict)
    report = ParamValidator().validate(params, operation.input_shape)
    if report.has_errors():
        print(report.generate_report(), file=sys.stderr)
        return 1
    request = create_serializer("json").serialize_to_request(in_model_order(params, operation.input_shape), operation)
    body = json.loads(request["body"].decode("utf-8"), object_pairs_hook=OrderedDict)
    print(json.dumps(body, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
