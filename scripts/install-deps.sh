#!/usr/bin/env bash
# Installs the Debian packages tally needs to build and test, when they are missing.
# Idempotent: a no-op when everything is present. Needs root (or sudo) only when something
# is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache
  libsqlite3-dev      # the embedded store
  libcli11-dev        # command line
  libsimdjson-dev     # JSONL input
  libfmt-dev          # formatting
  libre2-dev          # residue and pattern rules from data files
  libicu-dev          # sentence segmentation
  libxxhash-dev       # document ids
  zlib1g-dev          # gzip input
  libgtest-dev libgmock-dev  # tests
  libbenchmark-dev    # benchmarks (make bench)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing missing Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: these packages are missing and this user is not root (and sudo is absent):" >&2
  echo "  apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q >&2
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
