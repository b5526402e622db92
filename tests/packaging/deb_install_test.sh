#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with dpkg -i, starts the installed programs and
# removes the package again. Needs root (CI runs as root); otherwise it is skipped (exit 77).
# Usage: deb_install_test.sh BUILD_DIR
set -euo pipefail
build=$1
skip() { echo "SKIP: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "installing a .deb needs root (run the suite as root, as CI does)"
command -v dpkg >/dev/null || skip "dpkg not found: not a Debian-based system"
command -v cpack >/dev/null || { echo "FAIL: cpack not found"; exit 1; }
if dpkg-query -W -f='${Status}' tidewatch 2>/dev/null | grep -q 'install ok installed'; then
  # Most likely left by an interrupted run of this test: it is replaced and removed below.
  echo "note: a tidewatch package is already installed; it is replaced and removed by this test"
fi

work=$(mktemp -d /tmp/tidewatch-deb.XXXXXX)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    dpkg -r tidewatch >/dev/null || echo "WARNING: dpkg -r tidewatch failed" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/tidewatch_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: no .deb produced"; exit 1; }
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== package metadata"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in qml6-module-qtquick-controls qt6-qpa-plugins libsecret-1-0 libqt6svg6 libqt6keychain1 libnats3.4; do
  grep -q "$needed" <<<"$depends" || { echo "FAIL: Depends lacks $needed"; exit 1; }
done
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/tidewatch ./usr/bin/tidewatch-cli ./usr/bin/tidewatch-sim \
            ./usr/share/applications/org.example.tidewatch.desktop \
            ./usr/share/metainfo/org.example.tidewatch.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/tidewatch.svg \
            ./usr/lib/systemd/system/tidewatch-relay@.service \
            ./usr/lib/systemd/system/tidewatch-alerts@.service \
            ./usr/share/doc/tidewatch/examples/relay.env \
            ./usr/share/doc/tidewatch/examples/alerts.env; do
  grep -q " $path\$" <<<"$contents" || { echo "FAIL: package lacks $path"; exit 1; }
done

echo "== dpkg -i"
installed=1
dpkg -i "$deb" || { echo "FAIL: dpkg -i"; exit 1; }

echo "== run the installed programs"
version=$(QT_QPA_PLATFORM=offscreen /usr/bin/tidewatch --version)
echo "$version"
grep -q "tidewatch" <<<"$version" || { echo "FAIL: tidewatch --version printed no version"; exit 1; }
# Captured first: `prog | grep -q` can fail under pipefail when grep exits before prog.
cli_help=$(/usr/bin/tidewatch-cli --help) || { echo "FAIL: tidewatch-cli --help exited $?"; exit 1; }
grep -q "raw" <<<"$cli_help" || { echo "FAIL: tidewatch-cli --help lists no raw command"; exit 1; }
sim_help=$(/usr/bin/tidewatch-sim --help) || { echo "FAIL: tidewatch-sim --help exited $?"; exit 1; }
grep -q -- "--fault" <<<"$sim_help" || { echo "FAIL: tidewatch-sim --help lacks --fault"; exit 1; }
command -v tidewatch-cli >/dev/null || { echo "FAIL: tidewatch-cli is not on PATH"; exit 1; }
grep -q "relay" <<<"$cli_help" || { echo "FAIL: tidewatch-cli --help lists no relay command"; exit 1; }
if command -v systemd-analyze >/dev/null; then
  # The installed units as systemd reads them (an instance of each template).
  for unit in tidewatch-relay@team.service tidewatch-alerts@team.service; do
    out=$(systemd-analyze verify "/usr/lib/systemd/system/${unit%%@*}@.service" 2>&1 | grep -v "EnvironmentFile\|Failed to prepare filename" || true)
    [ -z "$out" ] || { echo "$out"; echo "FAIL: systemd-analyze verify $unit"; exit 1; }
  done
fi

echo "== dpkg -r"
dpkg -r tidewatch
installed=0
[ ! -e /usr/bin/tidewatch ] || { echo "FAIL: /usr/bin/tidewatch is still there after dpkg -r"; exit 1; }
echo "PASS: the .deb builds, installs, starts and uninstalls"
