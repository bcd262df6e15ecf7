#!/bin/sh
# Makes headless Chromium available for the progress-page browser test.
# Prints the browser's path and exits 0, or says why it cannot and exits 1
# (the test then skips with that message). Installs the Debian package
# `chromium` only when it can: as root, with apt-get, with a network.
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        exit 0
    fi
done
if [ "$(id -u)" != 0 ]; then
    echo "chromium is not installed and installing it needs root (apt-get install chromium)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium is not installed and there is no apt-get to install it" >&2
    exit 1
fi
# Another test process may be installing it already: apt's own lock makes
# this one wait (up to 10 minutes) instead of failing.
if ! apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null 2>&1; then
    echo "chromium is not installed and apt-get update failed (no network?)" >&2
    exit 1
fi
if ! DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
    echo "chromium is not installed and apt-get install chromium failed" >&2
    exit 1
fi
command -v chromium || { echo "apt-get installed chromium but no chromium command appeared" >&2; exit 1; }
