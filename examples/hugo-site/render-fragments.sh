#!/bin/sh
# Renders the workshop's fragments into layouts/partials/workshop/ and copies the live script and the stylesheet
# into static/workshop-kit/. Run it before `hugo` (locally and in the Pages workflow) after every content change.
#   CONTENT      the edition's content file (default: the ES-FoMo 2025 demo content)
#   WORKSHOP_KIT the command (default: npx workshop-kit; the repository's tests use its own build)
set -e
cd "$(dirname "$0")"
CONTENT="${CONTENT:-../es-fomo/content/2025.yaml}"
WK="${WORKSHOP_KIT:-npx --yes workshop-kit}"
OUT=layouts/partials/workshop

$WK render countdown "$CONTENT" --out "$OUT/countdown.html"
$WK render dates "$CONTENT" --heading-level 2 --out "$OUT/dates.html"
$WK render schedule "$CONTENT" --speaker-href "#speaker-{id}" --out "$OUT/schedule.html"
$WK render speakers "$CONTENT" --roles keynote,invited-speaker --heading-level 3 --out "$OUT/speakers.html" \
  --script static/workshop-kit --css static/workshop-kit/styles.css
