#!/usr/bin/env python3
"""The "botocore in one process" peer of the registration benchmark: what a Python deployment script does.

    python3 botocore_peer.py ENDPOINT_URL PAYLOAD.json...

One botocore SageMaker client (region and credentials from the environment, as the AWS CLI reads them), then one
create_algorithm call per CreateAlgorithm payload file, in the order given. Prints each AlgorithmArn; the first
error ends the run with exit code 1.
"""
import json
import sys

import botocore.exceptions
import botocore.session


def main(argv):
    if len(argv) < 2:
        print("usage: botocore_peer.py ENDPOINT_URL PAYLOAD.json...", file=sys.stderr)
        return 2
    client = botocore.session.get_session().create_client("sagemaker", endpoint_url=argv[0])
    for path in argv[1:]:
        with open(path, encoding="utf-8") as payload:
            request = json.load(payload)
        try:
            print(client.create_algorithm(**request)["AlgorithmArn"])
        except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError) as error:
            print(f"botocore peer: {path}: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
