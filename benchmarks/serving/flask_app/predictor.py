"""The comparison stack: a Flask app served by gunicorn, shaped like AWS's scikit-learn bring-your-own-container
example (advanced_functionality/scikit_bring_your_own/container/decision_trees/predictor.py): /ping answers 200 once
the model is loaded, /invocations takes text/csv only (415 otherwise) and answers text/csv.

The "model" is trivial on purpose, so the benchmark compares the serving stacks rather than the learners: it reads the
same training CSV the .NET sample trains on and predicts the mean label for every row. Each request's rows are parsed
(csv module, float conversion, feature-count check) as the .NET side parses them. No pandas or scikit-learn: the
Python package index is not reachable here and Debian's python3-flask and gunicorn are all this needs.
"""
import csv
import io
import os

import flask

TRAIN = os.environ["BENCH_TRAIN_CSV"]
FEATURES = int(os.environ.get("BENCH_FEATURES", "6"))


def _load():
    with open(TRAIN, newline="") as handle:
        labels = [float(row[0]) for row in csv.reader(handle) if row]
    return sum(labels) / len(labels)


MEAN = _load()
app = flask.Flask(__name__)


@app.route("/ping", methods=["GET"])
def ping():
    return flask.Response(response="\n", status=200 if MEAN is not None else 404, mimetype="application/json")


@app.route("/invocations", methods=["POST"])
def invocations():
    if flask.request.content_type != "text/csv":
        return flask.Response(response="This predictor only supports CSV data", status=415, mimetype="text/plain")
    rows = list(csv.reader(io.StringIO(flask.request.data.decode("utf-8"))))
    out = io.StringIO()
    for row in rows:
        if not row:
            continue
        if len(row) != FEATURES:
            return flask.Response(response="bad row", status=400, mimetype="text/plain")
        [float(cell) for cell in row]
        out.write(repr(MEAN) + "\n")
    return flask.Response(response=out.getvalue(), status=200, mimetype="text/csv")
