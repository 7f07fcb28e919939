#!/usr/bin/env bash
# The benchmark in one command: installs Hugo and GNU time when missing, then runs the program (arguments pass through).
#   bash tests/Briefing.Benchmarks/run.sh [--sizes 1000,10000] [--runs 3] [--seed 1] [--work DIR] [--out DIR] [--no-hugo] [--hugo-related] [--no-search]
#   bash tests/Briefing.Benchmarks/run.sh serve [--sizes 10000] [--edits 20] [--edit-timeout 60] [--runs 3] [--work DIR] [--no-hugo]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

setup_args=()
for arg in "$@"; do
  if [ "$arg" = "--no-hugo" ]; then setup_args=(--no-hugo); fi
done
bash "$here/setup.sh" "${setup_args[@]}"

cd "$repo"
exec dotnet run -c Release --project tests/Briefing.Benchmarks -- "$@"
