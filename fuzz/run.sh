#!/usr/bin/env bash
# Fuzzes one reader with AFL++ for a number of seconds; fails when AFL++ found a crash or a hang.
#   fuzz/run.sh html|docx|pdf|text SECONDS
# See fuzz/README.md. Needs afl-fuzz (Debian: apt-get install afl++); the sharpfuzz tool comes
# from the repository's tool manifest (.config/dotnet-tools.json).
set -euo pipefail
cd "$(dirname "$0")/.."

reader=${1:-}
seconds=${2:-}
case "$reader" in html|docx|pdf|text) ;; *) echo "usage: fuzz/run.sh html|docx|pdf|text SECONDS" >&2; exit 2 ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: fuzz/run.sh html|docx|pdf|text SECONDS" >&2; exit 2; }
command -v afl-fuzz >/dev/null 2>&1 || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }

work=${FUZZ_WORK:-fuzz/out}
bin="$work/bin"
mkdir -p "$work"

# Publish and instrument once per build of the harness (instrumenting twice corrupts a DLL).
if [ ! -f "$bin/.instrumented" ] || [ -n "$(find src fuzz/Gumu.Fuzz -newer "$bin/.instrumented" \( -name '*.cs' -o -name '*.csproj' \) -print -quit)" ]; then
  rm -rf "$bin"
  dotnet tool restore >/dev/null
  dotnet publish fuzz/Gumu.Fuzz/Gumu.Fuzz.csproj -c Release -o "$bin" -v q -nologo >/dev/null
  # Our readers and the parsers they drive; the rest of the runtime gives no useful coverage.
  for dll in "$bin"/Gumu.Compliance.dll "$bin"/Gumu.Compliance.Core.dll "$bin"/Gumu.Compliance.Readers.*.dll \
             "$bin"/AngleSharp.dll "$bin"/UglyToad.PdfPig*.dll "$bin"/DocumentFormat.OpenXml.Framework.dll; do
    [ -f "$dll" ] && dotnet tool run sharpfuzz "$dll" >/dev/null
  done
  touch "$bin/.instrumented"
fi

# Seeds: the samples a reader reads (AFL++ wants small ones), found by content as the checker does.
seeds="$work/seeds-$reader"
rm -rf "$seeds"
mkdir -p "$seeds"
case "$reader" in
  html) pattern='*.html' ;;
  docx) pattern='*.docx' ;;
  pdf)  pattern='*.pdf' ;;
  text) pattern='*.txt' ;;
esac
find samples tests/fixtures -type f -name "$pattern" -size -200k | sort | while read -r f; do
  cp "$f" "$seeds/$(echo "$f" | tr '/' '_')"
done
[ -n "$(ls -A "$seeds")" ] || { echo "no seed for $reader" >&2; exit 2; }

findings="$work/findings-$reader"
rm -rf "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1 AFL_TRY_AFFINITY=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1
# -t: a hang is an input one reader works on for over 10 s ("+": a slow seed is skipped, not fatal).
# -m none: .NET reserves far more address space than AFL++'s default memory limit.
# -V: stop after the given time.
afl-fuzz -i "$seeds" -o "$findings" -t 10000+ -m none -V "$seconds" -- dotnet "$bin/gumu-fuzz.dll" "$reader" \
  > "$work/afl-$reader.log" 2>&1 || { tail -n 40 "$work/afl-$reader.log" >&2; echo "afl-fuzz failed for $reader" >&2; exit 1; }

stats="$findings/default/fuzzer_stats"
execs=$(awk -F': *' '$1 ~ /^execs_done/ {print $2}' "$stats" 2>/dev/null || echo "?")
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "fuzz $reader: ${seconds}s, $execs executions, $crashes crash(es), $hangs hang(s)"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "inputs in $findings/default/crashes and $findings/default/hangs; replay one with:" >&2
  echo "  dotnet $bin/gumu-fuzz.dll $reader < FILE" >&2
  exit 1
fi
