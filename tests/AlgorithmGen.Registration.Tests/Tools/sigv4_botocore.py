#!/usr/bin/env python3
"""Sign a request with botocore's SigV4Auth, as the AWS CLI would, at a given time.

Reads one JSON object on stdin:
  {"method", "url", "headers": {name: value}, "body_base64", "access_key", "secret_key",
   "token" (or null), "region", "service", "amz_date": "YYYYMMDDTHHMMSSZ"}
and prints {"authorization", "x_amz_date", "canonical_request", "string_to_sign"}.

The headers are those to sign besides Host, X-Amz-Date and X-Amz-Security-Token, which botocore sets
itself (Host from the URL, the date from the clock, which is fixed here to amz_date).
"""

import base64
import datetime
import json
import sys
from unittest import mock

import botocore.auth
import botocore.awsrequest
import botocore.credentials


def main():
    spec = json.load(sys.stdin)
    credentials = botocore.credentials.Credentials(spec["access_key"], spec["secret_key"], spec.get("token"))
    request = botocore.awsrequest.AWSRequest(
        method=spec["method"],
        url=spec["url"],
        data=base64.b64decode(spec["body_base64"]),
        headers=spec["headers"],
    )
    when = datetime.datetime.strptime(spec["amz_date"], "%Y%m%dT%H%M%SZ")
    signer = botocore.auth.SigV4Auth(credentials, spec["service"], spec["region"])
    with mock.patch("botocore.auth.get_current_datetime", return_value=when):
        signer.add_auth(request)
    canonical_request = signer.canonical_request(request)
    print(json.dumps({
        "authorization": request.headers["Authorization"],
        "x_amz_date": request.headers["X-Amz-Date"],
        "canonical_request": canonical_request,
        "string_to_sign": signer.string_to_sign(request, canonical_request),
    }))


if __name__ == "__main__":
    sys.exit(main())
