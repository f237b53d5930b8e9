#!/usr/bin/env python3
"""Print the SageMaker endpoint botocore resolves, as the AWS CLI would.

Reads one JSON object on stdin:
  {"cases": [{"region", "fips", "dualstack"}, ...]} -> prints a JSON list of endpoint URLs, one per case
  {"environment": true}                            -> prints the endpoint URL resolved from the environment and
                                                      the shared config file alone (AWS_PROFILE, AWS_CONFIG_FILE,
                                                      AWS_USE_FIPS_ENDPOINT, ...), as a JSON string
No request is sent.
"""

import json
import sys

import botocore.config
import botocore.session


def main():
    query = json.load(sys.stdin)
    session = botocore.session.get_session()
    if query.get("environment"):
        client = session.create_client("sagemaker", aws_access_key_id="AKID", aws_secret_access_key="secret")
        print(json.dumps(client.meta.endpoint_url))
        return
    urls = []
    for case in query["cases"]:
        config = botocore.config.Config(use_fips_endpoint=case["fips"], use_dualstack_endpoint=case["dualstack"])
        client = session.create_client(
            "sagemaker", region_name=case["region"], aws_access_key_id="AKID", aws_secret_access_key="secret", config=config)
        urls.append(client.meta.endpoint_url)
    print(json.dumps(urls))


if __name__ == "__main__":
    main()
