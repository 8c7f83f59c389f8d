#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree into a temporary
# folder and checks what it holds: the executable, the desktop entry, the icon,
# the AppStream metainfo, the French and English translations, its control
# fields. Validates the desktop entry and the metainfo when the validators are
# installed (desktop-file-utils, appstream).
#
# Usage: package_test.sh CPACK BUILD_DIR VERSION
set -euo pipefail

cpack=$1
build_dir=$2
version=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# -B keeps CPack's staging tree (_CPack_Packages) out of the build folder, so
# the test can run beside `make package` or another run of itself.
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi

shopt -s nullglob
debs=("$work"/*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "expected one .deb in $work, found ${#debs[@]}"
deb=${debs[0]}
echo "package: $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$work/contents"
expect_file() {
    grep -qx "$1" "$work/contents" || fail "$1 is not in the package"
    echo "ok: $1"
}
expect_file /usr/bin/suivi-ouvertures
expect_file /usr/share/applications/fr.gouv.suivi-ouvertures.desktop
expect_file /usr/share/icons/hicolor/scalable/apps/suivi-ouvertures.svg
expect_file /usr/share/metainfo/fr.gouv.suivi-ouvertures.metainfo.xml
expect_file /usr/share/suivi-ouvertures/translations/suivi-ouvertures_fr.qm
expect_file /usr/share/suivi-ouvertures/translations/suivi-ouvertures_en.qm
expect_file /usr/share/doc/suivi-ouvertures/copyright

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = suivi-ouvertures ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project says $version"
depends=$(field Depends)
[ -n "$depends" ] || fail "no Depends line"
echo "ok: Depends: $depends"
for needed in libqt6widgets6 libqt6sql6-sqlite; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Description)" ] || fail "no Description"

# The files as packaged, not as in the source tree.
dpkg-deb -x "$deb" "$work/root"
desktop=$work/root/usr/share/applications/fr.gouv.suivi-ouvertures.desktop
metainfo=$work/root/usr/share/metainfo/fr.gouv.suivi-ouvertures.metainfo.xml
[ -x "$work/root/usr/bin/suivi-ouvertures" ] || fail "the executable is not executable"

# A new version needs its <release> entry in the metainfo.
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "the metainfo has no <release version=\"$version\">: add one to installer/fr.gouv.suivi-ouvertures.metainfo.xml"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejected the desktop entry"
    echo "ok: desktop-file-validate"
else
    echo "note: desktop-file-validate not installed (package desktop-file-utils), entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejected the metainfo"
    echo "ok: appstreamcli validate"
else
    echo "note: appstreamcli not installed (package appstream), metainfo not validated"
fi
echo "package_deb: all checks passed"
