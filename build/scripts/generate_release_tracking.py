#!/usr/bin/env python3
"""Rewrites src/AlgorithmGen.Generators/AnalyzerReleases.Unshipped.md from the rule catalogue (RuleCatalog.cs).

The analyzers build their descriptors from the shared catalogue, which Roslyn's release-tracking analyzer cannot
read; CatalogueTests keeps this file exact, and this script is how to bring it back in step after adding a rule.
When a version ships, move its rows to AnalyzerReleases.Shipped.md under a "## Release x.y.z" heading by hand.
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
catalog = (ROOT / "src" / "Shared" / "Rules" / "RuleCatalog.cs").read_text(encoding="utf-8")
areas = dict(re.findall(r'public const string (\w+Area) = "([^"]+)";', catalog))
rules = re.findall(r'new Rule\("(AG\d{4})", RuleSeverity\.(\w+), (\w+Area), "((?:[^"\\]|\\.)*)"', catalog)
shipped = (ROOT / "src" / "AlgorithmGen.Generators" / "AnalyzerReleases.Shipped.md").read_text(encoding="utf-8")
lines = [
    "; Unshipped analyzer release",
    "; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md",
    "",
    "### New Rules",
    "",
    "Rule ID | Category | Severity | Notes",
    "--------|----------|----------|-------",
]
for rule_id, severity, area, title in rules:
    if rule_id not in shipped:
        lines.append(f"{rule_id} | {areas[area]} | {severity} | {title.encode().decode('unicode_escape')}")
(ROOT / "src" / "AlgorithmGen.Generators" / "AnalyzerReleases.Unshipped.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(rules)} rules")
