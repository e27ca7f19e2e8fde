#!/usr/bin/env bash
# Put Career Explorer.app into a compressed disk image with an Applications link.
#
#   bash packaging/macos/make_dmg.sh "dist/Career Explorer.app" dist/career-explorer-0.1.0-macos.dmg 0.1.0
#
# Run by packaging/build.py on macOS (hdiutil and codesign come with macOS).
# The app is signed ad hoc only: without an Apple Developer ID and notarization,
# Gatekeeper asks the user to confirm the first start (right-click > Open), or an
# administrator clears the quarantine flag when deploying:
#   xattr -dr com.apple.quarantine "/Applications/Career Explorer.app"
# Machine-wide defaults for administrators:
#   /Library/Application Support/Career Explorer/defaults.ini
set -euo pipefail

app="$1"
dmg="$2"
version="${3:-}"
volume="Career Explorer${version:+ $version}"

[ -d "$app" ] || { echo "make_dmg.sh: no app at $app" >&2; exit 2; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
codesign --force --deep --sign - "$staging/$(basename "$app")"
rm -f "$dmg"
hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg.sh: $dmg"
