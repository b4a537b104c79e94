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

if ! command -v mmdebstrap >/dev/null; then
  echo "package-test: installing mmdebstrap" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi

# The same Debian 12 mirrors (main, updates, security) that apt uses on this machine.
mirrors=()
while read -r uri suite component; do
  mirrors+=("deb $uri $suite $component")
done < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT) $(ORIGIN) $(TARGET_OF)' \
           'Identifier: Packages' |
         awk '$4 == "Debian" && $5 == "deb" && $2 ~ /^bookworm/ && $3 == "main" { print $1, $2, $3 }' |
         sort -u)
if ((${#mirrors[@]} == 0)); then
  echo "package-test: apt has no Debian 12 (bookworm) source configured; run apt-get update" >&2
  exit 2
fi
printf 'package-test: mirror %s\n' "${mirrors[@]}" >&2

# Paths without spaces for mmdebstrap's hook syntax.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$deb" "$here/package-test.sh" "$work/"
name=$(basename "$deb")
mmdebstrap --variant=apt --mode=root --quiet \
  --customize-hook="copy-in $work/$name $work/package-test.sh /tmp" \
  --customize-hook="chroot \"\$1\" bash /tmp/package-test.sh --inside /tmp/$name" \
  bookworm /dev/null "${mirrors[@]}"
echo "package-test: $name installs, runs and purges cleanly in a fresh Debian 12"
