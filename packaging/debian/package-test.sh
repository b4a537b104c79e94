#!/usr/bin/env bash
# Installs the Helios .deb into a clean, minimal Debian 12 made by mmdebstrap and checks that it
# runs there: the CLI plans a goal (SQLite driver), the GUI starts offscreen and under Xvfb
# (platform plugins), and purging the package removes every file it brought.
#
#   packaging/debian/package-test.sh build/packages/helios_0.1.0-1_amd64.deb
#
# Run by `scripts/dev package-test` as root. The chroot lives in a temporary folder that
# mmdebstrap deletes at the end (target /dev/null). Packages come from the Debian mirrors this
# machine's apt uses. docs/PACKAGING.md has the details.
set -euo pipefail

if [[ ${1:-} == --inside ]]; then
  # ---- runs inside the chroot -----------------------------------------------------------------
  set -x
  export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
  deb=$2
  # --no-install-recommends: what Qt only recommends must come through Helios' own Depends.
  apt-get install -y -q --no-install-recommends "$deb"
  dpkg -L helios | sort >/tmp/helios.files

  helios-cli --version
  helios-cli --db /tmp/t.db plan "Learn Python" --json >/tmp/plan.json
  head -c 400 /tmp/plan.json; echo
  grep -q '"tasks"' /tmp/plan.json
  helios-cli --db /tmp/t.db plan "学习Python编程" --json >/dev/null

  # A GUI start passes when it is still up after 5 s (timeout's 124) or has quit cleanly, and Qt
  # printed no plugin failure. timeout runs inside xvfb-run so that xvfb-run stops its server.
  run_gui() {
    local rc=0
    "$@" >/tmp/gui.log 2>&1 || rc=$?
    cat /tmp/gui.log
    if [[ $rc -ne 0 && $rc -ne 124 ]]; then
      echo "package-test: the GUI exited with $rc" >&2
      return 1
    fi
    if grep -Eiq 'could not (load|find) the qt platform plugin|driver not loaded' /tmp/gui.log; then
      echo "package-test: Qt could not load a plugin" >&2
      return 1
    fi
  }
  QT_QPA_PLATFORM=offscreen helios --version
  HELIOS_DB=/tmp/gui.db QT_QPA_PLATFORM=offscreen run_gui timeout 5 helios
  apt-get install -y -q --no-install-recommends xvfb xauth x11-utils
  HELIOS_DB=/tmp/gui.db QT_QPA_PLATFORM=xcb run_gui \
    xvfb-run -a -s "-screen 0 1280x800x24" timeout 5 helios
  # ...and under X the main window really appears.
  HELIOS_DB=/tmp/gui.db QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    helios & pid=$!
    sleep 4
    xwininfo -root -tree >/tmp/windows.txt
    kill $pid; wait $pid || true'
  # A top-level window with WM_CLASS "helios", which the desktop entry's StartupWMClass names.
  grep -F '("helios" "helios")' /tmp/windows.txt

  # A plan and its burn-down render for a person whose system has no time zone database, no
  # fonts beyond what the .deb brings and no session runtime folder: a screenshot that is not
  # blank, and the burn-down drawn from today (not 1970: an unknown zone once put it there).
  if dpkg -s tzdata >/dev/null 2>&1; then
    echo "package-test: tzdata is installed; this check needs a system without it" >&2
    exit 1
  fi
  apt-get install -y -q --no-install-recommends x11-apps
  dpkg -s tzdata >/dev/null 2>&1 && { echo "package-test: x11-apps brought tzdata" >&2; exit 1; }
  rm -f /tmp/render.db /tmp/helios.log
  helios-cli --db /tmp/render.db plan "Run a half marathon" --deadline "$(date -d '+90 days' +%F)" \
    --hours-per-week 6 >/dev/null
  (
    unset XDG_RUNTIME_DIR
    HELIOS_DB=/tmp/render.db QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" sh -c '
      helios --verbose >/tmp/render-gui.log 2>&1 & pid=$!
      sleep 8
      xwd -root -silent >/tmp/render.xwd
      kill $pid; wait $pid || true'
  )
  grep -F 'Burn-down drawn:' /tmp/helios.log
  grep -qF "Burn-down drawn: " /tmp/helios.log
  grep -F 'Burn-down drawn:' /tmp/helios.log | grep -qF "from $(date +%F), axis $(date +%F) to " || {
    echo "package-test: the burn-down was not drawn from today ($(date +%F))" >&2
    cat /tmp/render-gui.log >&2
    exit 1
  }
  apt-get install -y -q --no-install-recommends imagemagick
  convert /tmp/render.xwd /tmp/render.png
  colours=$(identify -format '%k' /tmp/render.png)
  echo "package-test: the screenshot has $colours colours"
  if ((colours < 50)); then
    echo "package-test: the screenshot is (nearly) blank" >&2
    exit 1
  fi

  apt-get purge -y -q helios
  if dpkg -s helios >/dev/null 2>&1; then
    echo "package-test: helios is still installed after purge" >&2
    exit 1
  fi
  set +x
  left=0
  while read -r f; do
    if [[ -e $f && ! -d $f ]]; then
      echo "package-test: left behind: $f" >&2
      left=1
    fi
  done </tmp/helios.files
  [[ ! -e /usr/share/doc/helios ]] || { echo "package-test: /usr/share/doc/helios left" >&2; left=1; }
  exit $left
fi

# ---- runs on the host ---------------------------------------------------------------------------
deb=${1:?usage: package-test.sh PATH/TO/helios.deb}
deb=$(realpath "$deb")
here=$(dirname "$(realpath "$0")")
[[ $(id -u) -eq 0 ]] || { echo "package-test: run as root (mmdebstrap, chroot)" >&2; exit 2; }

# The same Debian 12 mirrors (main, updates, security) that apt uses on this machine.
source "$here/../../scripts/lib/debian-mirrors.sh"
debian_mirrors || exit 2
mirrors=("${MIRRORS[@]}")
printf 'package-test: mirror %s\n' "${mirrors[@]}" >&2

# Paths without spaces for mmdebstrap's hook syntax.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$deb" "$here/package-test.sh" "$work/"
name=$(basename "$deb")
mmdebstrap --variant=apt --mode=root --quiet \
  --customize-hook="copy-in $work/$name $work/package-test.sh /tmp" \
  --customize-hook="chroot \"\$1\" bash /tmp/package-test.sh --inside /tmp/$name" \
  --customize-hook="copy-out /tmp/render.png $work" \
  bookworm /dev/null "${mirrors[@]}"
cp "$work/render.png" "$(dirname "$deb")/package-test-render.png"
echo "package-test: the window it drew: $(dirname "$deb")/package-test-render.png"
echo "package-test: $name installs, runs and purges cleanly in a fresh Debian 12"
