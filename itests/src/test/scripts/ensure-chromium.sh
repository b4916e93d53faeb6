#!/usr/bin/env bash
# Makes sure the browser test has a browser: Debian's chromium package (npm's browser downloads
# do not work here). Does nothing when chromium is already there (or CHROMIUM_PATH names one);
# installs it with apt-get otherwise, through sudo when not root. Run by the itests build before
# the distribution tests, so that ./mvnw verify needs nothing set up by hand.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/lib/chromium/chromium}"
if [ -x "$chromium" ]; then
    exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
    exit 1
fi
echo "Installing Debian's chromium package for the browser test (once per machine)"
sudo_if_needed=""
if [ "$(id -u)" != 0 ]; then
    sudo_if_needed="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_if_needed apt-get install -y -q chromium \
    || { $sudo_if_needed apt-get update -q && $sudo_if_needed apt-get install -y -q chromium; }
test -x "$chromium" || { echo "chromium was installed but $chromium is missing" >&2; exit 1; }
