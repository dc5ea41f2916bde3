#!/usr/bin/env bash
# macOS: "Whaapy Contactos.app" from the same PyInstaller spec, smoke-tested, signed with the
# hardened runtime, notarized, stapled, and packed into a .dmg. NOT YET TESTED (see README,
# "Packaging"): it needs a Mac; .github/workflows/installers.yml is the recipe that would run it.
#
#   packaging/macos/build-dmg.sh        (from the repo root, with the dev venv: PY=.venv/bin/python)
#
# Signing and notarization run only when these are set (a CI secret or the release Mac):
#   CODESIGN_IDENTITY  "Developer ID Application: Whaapy (TEAMID)", in the login keychain
#   NOTARY_PROFILE     a notarytool keychain profile, made once with
#                      xcrun notarytool store-credentials whaapy --apple-id ... --team-id TEAMID
# Without them the .app and .dmg are built unsigned (fine for CI's smoke test, not for users:
# Gatekeeper blocks unsigned downloads).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PY:-.venv/bin/python}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/whaapy_contacts/__init__.py)
APP="dist/Whaapy Contactos.app"
DMG="dist/whaapy-contacts-$VERSION-macos-$(uname -m).dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist

echo "== build the .app (bundle id com.whaapy.contacts)"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/whaapy-contacts.spec

echo "== smoke test the .app before signing"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/whaapy-contacts" --smoke

sign() {
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$CODESIGN_IDENTITY" "$@"
}
notarize() {  # submit, wait for Apple's verdict, then staple the ticket to the file
  xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait
}

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
  echo "== codesign every binary inside, then the .app (hardened runtime)"
  # Inside out: libraries and plugins first; --deep is not used (Apple advises against it).
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
  done < <(find "$APP/Contents" -type f -print0)
  sign "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

if [[ -n "${CODESIGN_IDENTITY:-}" && -n "${NOTARY_PROFILE:-}" ]]; then
  echo "== notarize and staple the .app"
  ditto -c -k --keepParent "$APP" build/whaapy-contacts-app.zip
  notarize build/whaapy-contacts-app.zip
  xcrun stapler staple "$APP"
  spctl --assess --type execute --verbose "$APP"
fi

echo "== pack $DMG"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag the app onto this link to install
rm -f "$DMG"
hdiutil create -volname "Whaapy Contactos" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [[ -n "${CODESIGN_IDENTITY:-}" && -n "${NOTARY_PROFILE:-}" ]]; then
  echo "== sign, notarize and staple the .dmg"
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
  notarize "$DMG"
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "$DMG"
