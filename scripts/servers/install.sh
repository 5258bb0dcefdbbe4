#!/usr/bin/env bash
# Installs the Debian packages the server-backed tests need: nginx (a plain
# HTTP origin with Range support), Ceph's S3 gateway with a one-node cluster
# (radosgw + a monitor + one OSD), and the archive tools the fixture builders
# use. Idempotent: when everything is already installed it only runs dpkg-query
# (well under a second) and never touches the network.
#
# Usage: bash scripts/servers/install.sh        (as root, or with sudo available)
#        SKIP_AWSCLI=1 bash scripts/servers/install.sh   (leave out awscli)
set -euo pipefail

packages=(
  # Only the core HTTP modules are needed; nginx-light is the smallest build.
  nginx-light
  # The S3 gateway; it pulls in ceph-common (ceph, radosgw-admin, ceph-authtool).
  radosgw
  # A cluster needs a monitor and at least one OSD to store objects.
  ceph-mon
  ceph-osd
  # Fixture builders (other test suites) make and inspect zips and 7z archives.
  zip
  unzip
  p7zip-full
)
# awscli (~10 MB, 14 packages) is only for the benchmark against `aws s3 cp`.
if [ "${SKIP_AWSCLI:-0}" != 1 ]; then
  packages+=(awscli)
fi

missing=()
for p in "${packages[@]}"; do
  # "install ok installed" is dpkg's state for a fully configured package;
  # anything else (absent, half-configured) gets (re)installed.
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "servers: all packages installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

echo "servers: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The package scripts would try to start nginx and the Ceph units; there is no
# init system here and the tests start their own daemons with their own
# configs, so forbid service starts for the duration of the install (exit code
# 101 = "action forbidden" per invoke-rc.d's policy-rc.d protocol). An existing
# policy file (e.g. Docker's) is left alone.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
  "${sudo[@]}" chmod 755 "$policy"
  own_policy=1
fi
cleanup() {
  if [ "$own_policy" = 1 ]; then
    "${sudo[@]}" rm -f "$policy"
  fi
}
trap cleanup EXIT

"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "servers: installed ${missing[*]}"
