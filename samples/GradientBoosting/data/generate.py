#!/usr/bin/env python3
"""Writes the sample's training and validation data: Friedman's regression problem #1, deterministically.

    python3 samples/GradientBoosting/data/generate.py

y = 10 sin(pi x1 x2) + 20 (x3 - 0.5)^2 + 10 x4 + 5 x5 + N(0, 1), with x1..x6 uniform on [0, 1] (x6 is noise the
model should learn to ignore). The files are CSV as SageMaker's built-in algorithms read them: no header, the label in
the first column, then the six features. Standard library only; random.random() is the one random function Python
guarantees to repeat across versions, so the normal noise comes from it by Box-Muller and the output is identical
wherever this runs.
"""
import math
import os
import random

SEED = 20261130
FEATURES = 6
SPLITS = {"train": 1200, "validation": 300}


def normal(rng):
    u1 = 1.0 - rng.random()  # (0, 1]: log(0) cannot happen
    u2 = rng.random()
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def row(rng):
    x = [rng.random() for _ in range(FEATURES)]
    y = 10 * math.sin(math.pi * x[0] * x[1]) + 20 * (x[2] - 0.5) ** 2 + 10 * x[3] + 5 * x[4] + normal(rng)
    return [y] + x


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    for split, count in SPLITS.items():
        folder = os.path.join(here, split)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, split + ".csv"), "w", newline="\n") as out:
            for _ in range(count):
                out.write(",".join("%.4f" % value for value in row(rng)) + "\n")


if __name__ == "__main__":
    main()
