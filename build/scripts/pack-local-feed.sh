#!/usr/bin/env bash
# Packs every AlgorithmGen package from this clone into a local folder feed: the from-source install that README.md
# ("Install") describes, and what tests/AlgorithmGen.Package.Tests install from.
#
#   build/scripts/pack-local-feed.sh [FEED] [MSBuild options...]
#
# FEED defaults to artifacts/local-feed; the script ends by printing its full path. Options go to MSBuild
# (e.g. -p:Version=0.2.0-dev). The packages are Release builds made as CI makes them (ContinuousIntegrationBuild:
# source paths mapped to /_/, SourceLink to the declared repository, the same bytes for the same sources), each with its
# .snupkg. The build output goes to artifacts/pack (or $ALGORITHMGEN_PACK_ARTIFACTS), never to the projects' bin/ and
# obj/, so a pack never disturbs a Debug build or test run of the same clone.
#
# NuGet never re-extracts a version it has already cached, so the packed versions are removed from the global packages
# folder: the next restore takes what was just packed.
set -euo pipefail

# The physical path: a clone reached through a symbolic link builds from the same paths as through its real one.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
feed="${1:-$repo/artifacts/local-feed}"
shift $(( $# > 0 ? 1 : 0 ))
artifacts="${ALGORITHMGEN_PACK_ARTIFACTS:-$repo/artifacts/pack}"
mkdir -p "$feed"
feed="$(cd "$feed" && pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The packages' zip entries are dated by the commit packed (the reproducible-builds convention), not the clock.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git -C "$repo" log -1 --format=%ct 2>/dev/null || echo 315532800)"
  export SOURCE_DATE_EPOCH
fi

version="$(dotnet msbuild "$repo/src/AlgorithmGen.Package/AlgorithmGen.Package.csproj" -getProperty:PackageVersion "$@")"
echo "pack-local-feed: every package of build/LocalFeed.proj, version $version, into $feed"
# One MSBuild run for all of them (build/LocalFeed.proj): the projects build in parallel and share what they have in common.
dotnet msbuild "$repo/build/LocalFeed.proj" -restore -t:Pack -nodeReuse:false -v:m -clp:NoSummary \
  -p:Configuration=Release -p:ContinuousIntegrationBuild=true -p:PackageOutputPath="$feed/" \
  -p:UseArtifactsOutput=true -p:ArtifactsPath="$artifacts" "$@"

cache="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
if [ -n "$cache" ]; then
  for package in "$feed"/*."$version".nupkg; do
    id="$(basename "$package" ".$version.nupkg")"
    rm -rf "$cache/${id,,}/$version"
  done
fi

echo "$feed"
