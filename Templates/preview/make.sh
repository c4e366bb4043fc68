#!/usr/bin/env bash
# Remakes the README's preview pictures from what the README's own first command produces (the sample batch),
# rendered by batch --pdf (LibreOffice with the product's 公文 font mapping) and rasterised with pdftoppm.
# Needs: the .NET SDK, LibreOffice (soffice), poppler-utils and the fonts named in Generator/Documents/Batch/GongwenFonts.cs.
# Usage: bash Templates/preview/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a throw-away campaign key: the pictures do not depend on it, and the developer's own keys stay untouched
OFFICETOOLS_KEYS="$work/keys" dotnet run --project Generator/Cli -c Release -- batch Templates/samples/ledger.json -o "$work/out" --pdf >/dev/null
first() { find "$work/out/$1" -name "$2" | LC_ALL=C sort | head -n 1; }
notice=$(first notices '*.pdf')
form=$(first forms '*领导班子*.pdf')
[ -n "$notice" ] && [ -n "$form" ] || { echo "the batch made no notice or no leadership form" >&2; exit 1; }
picture() { pdftoppm -r 50 -png -f "$2" -l "$2" -singlefile "$1" "Templates/preview/$3"; echo "Templates/preview/$3.png ← $(basename "$1") page $2"; }
picture "$notice" 1 notice-page1
picture "$form" 3 form-leadership-page3
picture "$work/out/briefing.pdf" 1 briefing-page1
