#!/usr/bin/env bash
# Makes sure the real browser the browser tests drive is here: Debian's Chromium and its matching ChromeDriver at
# /usr/bin/chromium and /usr/bin/chromedriver. Installs both from Debian's packages if they are missing and we are
# allowed to, or says exactly what is missing. The tests themselves never download a browser or a driver, and never
# skip: without these they fail and point here.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

say() { echo "[ensure-browser] $*"; }

missing() {
  local what=()
  [ -x "$CHROMIUM" ] || what+=("$CHROMIUM (Debian package chromium)")
  [ -x "$CHROMEDRIVER" ] || what+=("$CHROMEDRIVER (Debian package chromium-driver)")
  if [ ${#what[@]} -gt 0 ]; then
    printf '%s\n' "${what[@]}"
  fi
}

if [ -z "$(missing)" ]; then
  say "Chromium and ChromeDriver are here: $CHROMIUM, $CHROMEDRIVER"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing Chromium and ChromeDriver from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

still_missing=$(missing)
if [ -n "$still_missing" ]; then
  say "ERROR: the browser tests need, and could not install here:"
  while IFS= read -r line; do say "  $line"; done <<<"$still_missing"
  say "As root on Debian or Ubuntu: apt-get install chromium chromium-driver; then run the tests again."
  exit 1
fi
say "Chromium and ChromeDriver are installed: $CHROMIUM, $CHROMEDRIVER"
