#!/usr/bin/env bash
# Load on the add-in service from a separate process (wrk), as a client would put it: render at 50 and 100
# concurrent connections, submit at 50. Run from the repository root; needs wrk (apt-get install wrk).
# Uses the bundled sample ledger and a throw-away local store; the service listens on loopback only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port=${PORT:-5199}
trap 'kill $pid 2>/dev/null && wait $pid 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build AddIn/Server -c Release -o "$work/bin" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
dotnet run --project Generator/Cli -c Release -- batch Templates/samples/ledger.json -o "$work/out" >/dev/null
(cd "$work/bin" && Store__LocalRoot="$work/store" exec dotnet OfficeTools.AddIn.Server.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/api/session" >/dev/null 2>&1 && break; sleep 0.2; done
url="http://127.0.0.1:$port"
wrk -t2 -c50 -d3s -s "$here/render.lua" "$url" >/dev/null   # warm-up: JIT and the render cache
run() { echo "== $1"; shift; wrk --latency "$@" | grep -E '^\s+(50|99)%|Requests/sec|Non-2xx|Socket errors'; }
run "render, 50 concurrent" -t2 -c50 -d10s -s "$here/render.lua" "$url"
run "render, 100 concurrent" -t2 -c100 -d10s -s "$here/render.lua" "$url"
FORM=$(ls "$work"/out/forms/*U001*.docx) run "submit, 50 concurrent" -t2 -c50 -d10s -s "$here/submit.lua" "$url"
