#!/usr/bin/env bash
# Pack the PyInstaller bundle (dist/whaapy-contacts, from `make bundle`) into
# dist/whaapy-contacts_<version>_<arch>.deb with dpkg-deb. `make deb` runs both steps.
#
# Layout: the bundle in /opt/whaapy-contacts, a launcher on PATH (/usr/bin/whaapy-contacts), the
# menu entry, hicolor icons at 16-256 px plus the SVG. No maintainer scripts: dpkg's triggers
# refresh the menu and icon caches, and removing or purging the package never touches the user's
# data (~/.local/share/whaapy-contacts: practice contacts, outbox) or settings.
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PY:-.venv/bin/python}
BUNDLE=${BUNDLE:-dist/whaapy-contacts}
OUT=${OUT:-dist}
[[ -x "$BUNDLE/whaapy-contacts" ]] || { echo "no bundle at $BUNDLE: run 'make bundle'" >&2; exit 1; }

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/whaapy_contacts/__init__.py)
ARCH=$(dpkg --print-architecture)
DEB="$OUT/whaapy-contacts_${VERSION}_${ARCH}.deb"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/root"
install -d -m 0755 "$ROOT" "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin"
cp -a "$BUNDLE" "$ROOT/opt/whaapy-contacts"
ln -s /opt/whaapy-contacts/whaapy-contacts "$ROOT/usr/bin/whaapy-contacts"
install -D -m 0644 packaging/linux/whaapy-contacts.desktop \
  "$ROOT/usr/share/applications/whaapy-contacts.desktop"
for size in 16 32 48 64 128 256; do
  install -D -m 0644 "resources/icons/whaapy-contacts-$size.png" \
    "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/whaapy-contacts.png"
done
install -D -m 0644 resources/icons/whaapy-contacts.svg \
  "$ROOT/usr/share/icons/hicolor/scalable/apps/whaapy-contacts.svg"
install -D -m 0644 packaging/linux/copyright "$ROOT/usr/share/doc/whaapy-contacts/copyright"
# Files readable by all, directories and executables searchable; nothing group/world-writable.
find "$ROOT" -path "$ROOT/DEBIAN" -prune -o -type d -exec chmod 0755 {} +
find "$ROOT/opt" -type f -exec chmod go-w,a+r {} +

DEPENDS=$("$PY" packaging/linux/depends.py "$BUNDLE")
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<EOF
Package: whaapy-contacts
Version: $VERSION
Architecture: $ARCH
Maintainer: Whaapy <soporte@whaapy.com>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Suggests: gnome-keyring
Section: misc
Priority: optional
Homepage: https://whaapy.com
Description: Whaapy Contactos: contact entry for the Whaapy WhatsApp CRM
 A desktop form for office staff who type contacts in by hand: phones as people
 write them, Spanish first, and a practice mode that keeps everything local.
 The API key lives in the desktop keyring (Secret Service), never in a file.
 .
 Captura de contactos para el CRM de WhatsApp de Whaapy, con modo de práctica.
EOF

mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null
echo "$DEB: $(du -h "$DEB" | cut -f1), installed $((INSTALLED_KB / 1024)) MiB"
echo "Depends: $DEPENDS"
