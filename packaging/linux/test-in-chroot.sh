#!/usr/bin/env bash
# Try the .deb on a fresh, minimal Debian 12 system, as a new user would. Needs root.
#
#   packaging/linux/test-in-chroot.sh [dist/whaapy-contacts_<version>_<arch>.deb]   (`make deb-test`)
#
#  1. A fresh `debootstrap --variant=minbase bookworm` root (cached as a tarball, see CACHE below),
#     with the same Debian suites as this machine (bookworm, -updates, -security).
#  2. `apt-get install ./whaapy-contacts_*.deb` with no recommends: the Depends alone must be enough.
#     Every ELF file in /opt/whaapy-contacts must resolve all its libraries (ldd).
#  3. As an ordinary desktop user: `whaapy-contacts --smoke` offscreen, with nothing else installed.
#  4. Then Xvfb, D-Bus and gnome-keyring are added: `--smoke` again on a real X server with an
#     unlocked Secret Service, and a secret must round-trip (WHAAPY_SMOKE_REQUIRE_KEYRING=1).
#  5. As a new user would: start the menu entry's Exec line, type a contact, save, quit with
#     Ctrl+Q, start it again and find the contact listed. Screenshots go to RESULTS.
#  6. Cold and warm start to the first shown window, timed from outside (startup_time.py).
#  7. `apt-get purge`: the program, menu entry and icons are gone; the user's data stays.
#
# Environment: CACHE (default ~/.cache/whaapy-contacts-packaging) keeps the debootstrap tarball
# and downloaded .debs between runs; RESULTS (default build/chroot-test) gets logs, screenshots
# and timings; STARTUP_RUNS (default 5; 0 skips step 6); KEEP_ROOT=1 leaves the chroot in place.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=packaging/linux
[[ $(id -u) == 0 ]] || { echo "needs root: debootstrap, chroot and mounts" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "apt-get install debootstrap" >&2; exit 1; }

ARCH=$(dpkg --print-architecture)
SUITE=bookworm
DEB=${1:-$(ls -t dist/whaapy-contacts_*_"$ARCH".deb 2>/dev/null | head -1)}
[[ -f "$DEB" ]] || { echo "no .deb: run 'make deb' or pass its path" >&2; exit 1; }
CACHE=${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/whaapy-contacts-packaging}
RESULTS=${RESULTS:-build/chroot-test}
STARTUP_RUNS=${STARTUP_RUNS:-5}
BASE="$CACHE/debian-$SUITE-$ARCH-minbase.tar.gz"
PHONE="55 8765 4321" PHONE_E164="+525587654321" NAME="Ana López"
# The chroot's X server: the first display number free on this machine (X's abstract sockets are
# shared with the host, so two runs at once must not pick the same one).
free_display() {
  local n=77
  while grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix || [[ -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
  echo ":$n"
}
DISPLAY_NUM=${DISPLAY_NUM:-$(free_display)}
DESK_USER=oficina  # "staff" is a Debian system group
mkdir -p "$CACHE/apt-archives" "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)
STARTED=$SECONDS
step() { printf '\n== [%3ss] %s\n' "$((SECONDS - STARTED))" "$*"; }

# This machine's Debian sources (URI and suite), so the chroot sees the same package versions.
SOURCES=$(apt-cache policy | awk -v s="$SUITE" \
  '$3 ~ "^"s"(-updates|-security)?/main$" {split($3, p, "/"); print "deb " $2 " " p[1] " main"}' \
  | sort -u)
MIRROR=$(awk -v s="$SUITE" '$3 == s {print $2; exit}' <<<"$SOURCES")
[[ -n "$MIRROR" ]] || { echo "no '$SUITE main' source in this machine's apt configuration" >&2; exit 1; }

ROOT=$(mktemp -d /var/tmp/whaapy-chroot.XXXXXX)
cleanup() {
  local status=$? proc mount
  set +e
  # Processes still running inside the root (Xvfb, D-Bus, the app) hold the mounts busy.
  for proc in /proc/[0-9]*; do
    if [[ "$(readlink "$proc/root" 2>/dev/null)" == "$ROOT" ]]; then kill -9 "${proc#/proc/}"; fi
  done
  for mount in dev proc sys; do
    if mountpoint -q "$ROOT/$mount"; then umount -R "$ROOT/$mount" || umount -R -l "$ROOT/$mount"; fi
  done
  if grep -q " $ROOT/" /proc/mounts; then
    echo "mounts left under $ROOT: not deleting it" >&2
  elif [[ "${KEEP_ROOT:-}" == 1 ]]; then
    echo "chroot kept at $ROOT (mounts removed)"
  else
    rm -rf --one-file-system "$ROOT"
  fi
  exit "$status"
}
trap cleanup EXIT

in_root() {
  chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}
# As the desktop user: no PAM session (so timings are the app's own), a clean environment.
as_user() {
  chroot --userspec="$USER_ID" "$ROOT" /usr/bin/env -i HOME=/home/$DESK_USER USER=$DESK_USER \
    LOGNAME=$DESK_USER PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
# Wait until a command succeeds, polling; fail after $1 seconds. For the X server, app logs.
wait_for() {
  local seconds=$1; shift
  local until=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    (( SECONDS < until )) || { echo "timed out after ${seconds}s waiting for: $*" >&2; return 1; }
    sleep 0.1
  done
}

step "fresh Debian $SUITE ($ARCH) minimal root in $ROOT"
if [[ -f "$BASE" ]]; then
  tar -C "$ROOT" --numeric-owner -xzpf "$BASE"
else
  debootstrap --variant=minbase --arch="$ARCH" "$SUITE" "$ROOT" "$MIRROR"
  in_root apt-get clean
  tar -C "$ROOT" --numeric-owner -czpf "$BASE.$$" . && mv "$BASE.$$" "$BASE"
fi
chmod 0755 "$ROOT"  # mktemp made it private: apt's sandbox user and the desktop user need it
printf '%s\n' "$SOURCES" >"$ROOT/etc/apt/sources.list"
echo 'Acquire::Retries "3";' >"$ROOT/etc/apt/apt.conf.d/99whaapy-test"  # a flaky mirror
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"  # start no services in the chroot
chmod +x "$ROOT/usr/sbin/policy-rc.d"
mount -t proc proc "$ROOT/proc"
mount -t sysfs sysfs "$ROOT/sys"
mount --rbind /dev "$ROOT/dev" && mount --make-rslave "$ROOT/dev"
# Downloaded packages are reused from the cache: copied in, and new ones copied back at the end
# (not bind-mounted: two runs at once would fight over apt's lock on the folder).
find "$CACHE/apt-archives" -maxdepth 1 -name "*.deb" -exec cp -t "$ROOT/var/cache/apt/archives/" {} +
save_downloads() {
  local deb
  for deb in "$ROOT"/var/cache/apt/archives/*.deb; do
    local kept="$CACHE/apt-archives/${deb##*/}"
    if [[ -e "$deb" && ! -e "$kept" ]]; then cp "$deb" "$kept.$$" && mv "$kept.$$" "$kept"; fi
  done
}
in_root useradd --create-home --shell /bin/bash "$DESK_USER"
USER_ID=$(in_root id -u "$DESK_USER"):$(in_root id -g "$DESK_USER")

step "install $(basename "$DEB") with apt (its Depends only, no recommends)"
cp "$DEB" "$ROOT/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$DEB")" >/dev/null
in_root sh -c 'export LD_LIBRARY_PATH=/opt/whaapy-contacts/_internal
  find /opt/whaapy-contacts -type f \( -name "*.so*" -o -perm -u+x \) -exec ldd {} + 2>/dev/null' \
  >"$RESULTS/ldd.txt" || true
if grep "not found" "$RESULTS/ldd.txt"; then echo "FAIL: libraries missing from Depends" >&2; exit 1; fi
for path in /usr/bin/whaapy-contacts /usr/share/applications/whaapy-contacts.desktop \
  /usr/share/icons/hicolor/256x256/apps/whaapy-contacts.png \
  /usr/share/icons/hicolor/scalable/apps/whaapy-contacts.svg; do
  in_root test -e "$path" || { echo "FAIL: $path not installed" >&2; exit 1; }
done
grep -qx "Name=Whaapy Contactos" "$ROOT/usr/share/applications/whaapy-contacts.desktop"
echo "installed: $(in_root dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' \
  whaapy-contacts); $(as_user whaapy-contacts --version) on PATH; menu entry and icons in place"

step "smoke test offscreen, as an ordinary user, with nothing but the package's Depends"
as_user env QT_QPA_PLATFORM=offscreen whaapy-contacts --smoke 2>"$RESULTS/smoke-offscreen.log" \
  | tee "$RESULTS/smoke-offscreen.txt"

step "add an X server, D-Bus and a keyring (test tools, not the package's Depends)"
in_root apt-get install -y -qq --no-install-recommends \
  xvfb xauth dbus gnome-keyring xdotool x11-apps x11-utils >/dev/null
save_downloads

step "smoke test under Xvfb with an unlocked Secret Service (a secret must round-trip)"
# shellcheck disable=SC2016 # expanded inside the chroot
as_user xvfb-run -a dbus-run-session -- sh -c \
  'printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
   WHAAPY_SMOKE_REQUIRE_KEYRING=1 exec whaapy-contacts --smoke' 2>"$RESULTS/smoke-xvfb.log" \
  | tee "$RESULTS/smoke-xvfb.txt"

step "as a new user: menu entry, type a contact, save, quit, reopen, contact still listed"
EXEC=$(sed -n 's/^Exec=//p' "$ROOT/usr/share/applications/whaapy-contacts.desktop" \
  | sed 's/ *%[fFuUik]//g')
in_root Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
wait_for 10 in_root xdpyinfo -display "$DISPLAY_NUM"
LOG=/home/$DESK_USER/.local/state/whaapy-contacts/log/whaapy-contacts.log
x() { as_user env DISPLAY="$DISPLAY_NUM" "$@"; }
shot() {  # xwd in the chroot; PNG if this machine has ImageMagick
  x xwd -root -silent >"$RESULTS/$1.xwd"
  if command -v convert >/dev/null; then convert "$RESULTS/$1.xwd" "$RESULTS/$1.png" && rm "$RESULTS/$1.xwd"; fi
}
exited() {  # gone, or a zombie waiting for this shell to reap it
  local state; state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)
  [[ -z "$state" || "$state" == Z ]]
}
lists_loaded() { [[ $(grep -c "GET /contacts/v1 -> 200" "$ROOT$LOG" 2>/dev/null) -ge $1 ]]; }
launch() {
  x sh -c "exec $EXEC" >"$RESULTS/app-$1.log" 2>&1 &
  APP=$!
  wait_for 30 x xdotool search --onlyvisible --class whaapy-contacts
}
quit() {  # Ctrl+Q; if the app is still there after 10 s, a screenshot of why
  x xdotool key ctrl+q
  wait_for 10 exited "$APP" || { shot "$1-still-open"; echo "see $RESULTS/$1-still-open.*" >&2; exit 1; }
}
launch first
wait_for 20 lists_loaded 1
x xdotool type --delay 40 "$PHONE"
x xdotool key Tab
x xdotool type --delay 40 "$NAME"
x xdotool key ctrl+Return
wait_for 20 grep -qE "POST /contacts/v1 -> 2[0-9][0-9]" "$ROOT$LOG"
shot 1-saved
quit 1
launch second
wait_for 20 lists_loaded 2
shot 2-reopened
quit 2
DB="$ROOT/home/$DESK_USER/.local/share/whaapy-contacts/sandbox.sqlite3"
grep -aq "$PHONE_E164" "$DB" || { echo "FAIL: $PHONE_E164 not in $DB" >&2; exit 1; }
echo "saved, closed, reopened: $NAME ($PHONE_E164) is in the user's practice data;" \
  "see the screenshots in $RESULTS"

if (( STARTUP_RUNS > 0 )); then
  step "start to first shown window, from the menu entry's command, timed from outside"
  # The X server is the chroot's; its abstract socket is reachable from here.
  for mode in --cold ""; do
    python3 "$HERE/startup_time.py" --display "$DISPLAY_NUM" --runs "$STARTUP_RUNS" $mode -- \
      chroot --userspec="$USER_ID" "$ROOT" /usr/bin/env -i HOME=/home/$DESK_USER PATH=/usr/bin:/bin \
      LANG=C.UTF-8 DISPLAY="$DISPLAY_NUM" sh -c "exec $EXEC"
  done | tee "$RESULTS/startup.txt"
fi

step "purge the package: the program goes, the user's data stays"
in_root apt-get purge -y -qq whaapy-contacts >/dev/null
for path in /opt/whaapy-contacts /usr/bin/whaapy-contacts \
  /usr/share/applications/whaapy-contacts.desktop \
  /usr/share/icons/hicolor/256x256/apps/whaapy-contacts.png; do
  ! in_root test -e "$path" -o -L "$path" || { echo "FAIL: $path left behind" >&2; exit 1; }
done
grep -aq "$PHONE_E164" "$DB" || { echo "FAIL: the user's practice data went with the package" >&2; exit 1; }
echo "purged; the user's data is still there: $(cd "$ROOT/home/$DESK_USER/.local/share" && du -sh whaapy-contacts)"

step "PASS in $((SECONDS - STARTED)) s: results in $RESULTS"
