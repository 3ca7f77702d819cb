#!/usr/bin/env bash
# A self-assessment round through HTTP alone, with curl:
#
#   1. store the Zoetermeer 2025 demo case (deleted first if it is there);
#   2. open a round for six raters of three of its organisations
#      (executives and care professionals), which gives six personal links;
#   3. fill in the six forms with form posts, as a browser would;
#   4. close the round, which adds it to the case as a new revision;
#   5. read the case's report and print, per mechanism, the round's
#      consensus and the gap between executives and the work floor.
#
#   KENNISBANK_TOKEN=... bash scripts/rounds-demo.sh [BASE_URL]
#
# BASE_URL defaults to http://127.0.0.1:8080. Run from examples/kennisbank
# (the case file is read from the library's demo cases) against a running
# server: cd examples/kennisbank && KENNISBANK_TOKEN=... go run . &
set -euo pipefail

base=${1:-${KENNISBANK_URL:-http://127.0.0.1:8080}}
: "${KENNISBANK_TOKEN:?set KENNISBANK_TOKEN to the token the server was started with}"
here=$(cd "$(dirname "$0")" && pwd)
case_file=${KENNISBANK_DEMO_CASE:-$here/../../../lesson/assess/demo/cases/zoetermeer-2025.json}
org1=2025a000-0000-4000-8000-000000000001
org2=2025a000-0000-4000-8000-000000000002
org3=2025a000-0000-4000-8000-000000000003

auth="Authorization: Bearer $KENNISBANK_TOKEN"
json='Content-Type: application/json'
say() { printf '%s\n' "$*" >&2; }
fail() { say "rounds-demo: $*"; exit 1; }

# call METHOD PATH [BODY]: the answer's status in $status, its body in $body.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
call() {
	if [ $# -ge 3 ]; then
		status=$(curl -sS -o "$tmp" -w '%{http_code}' -X "$1" -H "$auth" -H "$json" --data-binary "$3" "$base$2")
	else
		status=$(curl -sS -o "$tmp" -w '%{http_code}' -X "$1" -H "$auth" "$base$2")
	fi
	body=$(cat "$tmp")
}

[ -r "$case_file" ] || fail "no case file at $case_file"
# The collaboration's ID is the case's ID: take it from the collaboration object.
id=$(tr -d '\n' < "$case_file" | grep -o '"collaboration": *{ *"id": *"[0-9a-f-]\{36\}"' | grep -o '[0-9a-f-]\{36\}')
[ -n "$id" ] || fail "no collaboration ID in $case_file"

say "1. storing case $id"
call DELETE "/v1/cases/$id"
call POST /v1/cases "@$case_file"
[ "$status" = 201 ] || fail "storing the case gave $status"

say "2. opening a round for six raters"
raters='[
 {"stakeholder": "'$org1'", "level": "executive", "name": "Els"},
 {"stakeholder": "'$org1'", "level": "professional", "name": "Fatima"},
 {"stakeholder": "'$org1'", "level": "professional", "name": "Gert"},
 {"stakeholder": "'$org2'", "level": "executive", "name": "Hans"},
 {"stakeholder": "'$org2'", "level": "professional", "name": "Ilse"},
 {"stakeholder": "'$org3'", "level": "executive", "name": "Joost"}]'
call POST "/v1/cases/$id/rounds" '{"note": "demo round", "raters": '"$raters"'}'
round=$body
[ "$status" = 201 ] || fail "opening the round gave $status: $round"
href=$(printf '%s' "$round" | grep -o '"href":"[^"]*"' | head -n1 | cut -d'"' -f4)
mapfile -t links < <(printf '%s' "$round" | grep -o '"link":"[^"]*"' | cut -d'"' -f4)
[ "${#links[@]}" = 6 ] || fail "expected six links, got ${#links[@]}"
say "   round $href, links shown once:"
for l in "${links[@]}"; do say "   $base$l"; done

say "3. six raters fill in their forms"
statements=(urgency.need urgency.agenda urgency.executives
	strategy.vision strategy.projects strategy.scale
	actors.workfloor actors.affected actors.financiers
	regulatory-leeway.obstacles regulatory-leeway.national
	infrastructure.networks infrastructure.capacity infrastructure.continuity)
# Executives see the collaboration rosier than the work floor does.
scores=(5 2 1 5 1 4)
comments=("De urgentie is breed gedragen." "Op de werkvloer merken we er weinig van." ""
	"Het bestuur staat erachter." "We horen pas achteraf wat er besloten is." "")
for i in "${!links[@]}"; do
	args=()
	for s in "${statements[@]}"; do args+=(--data-urlencode "score:$s=${scores[$i]}"); done
	args+=(--data-urlencode "comment:urgency=${comments[$i]}" --data-urlencode "lang=nl")
	code=$(curl -sS -o /dev/null -w '%{http_code}' "${args[@]}" "$base${links[$i]}")
	[ "$code" = 303 ] || fail "form $((i + 1)) gave $code"
	say "   form $((i + 1)) saved"
done
call GET "$href"
say "   $(printf '%s' "$body" | grep -o '"answered":[0-9]*' | head -n1 | cut -d: -f2) of 6 raters answered"

say "4. closing the round"
call POST "$href/close"
[ "$status" = 200 ] || fail "closing gave $status: $body"
say "   the case has a new revision: version $(printf '%s' "$body" | grep -o '"caseRevision":{"version":[0-9]*' | grep -o '[0-9]*$')"

say "5. the report's view of the round"
call GET "/v1/cases/$id/report?lang=nl"
[ "$status" = 200 ] || fail "the report gave $status"
printf '%s' "$body" | grep -o '"selfAssessment":{[^}]*}' |
	sed -E 's/.*"raters":([0-9]+).*"median":([0-9.]+).*"consensus":"([a-z]+)".*"levelGap":(-?[0-9.]+).*/\1 ratings, median \2, \3, level gap \4/' > "$tmp"
n=0
for m in urgency strategy actors regulatory-leeway infrastructure; do
	n=$((n + 1))
	printf '%s: %s\n' "$m" "$(sed -n "${n}p" "$tmp")"
done
say "workshop view: $base$href/workshop (with the Authorization header)"
