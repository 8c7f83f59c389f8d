#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run, test and package
# Suivi des ouvertures. Safe to run again: apt-get skips what is installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6charts6
  qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  libxlsxwriter-dev zlib1g-dev
  sqlite3 libsqlite3-dev
  python3 python3-openpyxl poppler-utils
  postgresql
  xvfb xauth dpkg-dev file
  desktop-file-utils appstream
  fonts-dejavu-core
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
