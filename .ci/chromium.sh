#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/web/test_web_browser.py drives /usr/bin/chromium
# with Playwright for Python; no browser is ever downloaded by a test tool), and a font with
# Vietnamese glyphs for readable screenshots. Idempotent: installs only what is missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -yq --no-install-recommends "${missing[@]}"
fi
/usr/bin/chromium --version
