# Sourced by scripts that build a Debian 12 root with mmdebstrap (scripts/clean-room,
# packaging/debian/package-test.sh): fills the array MIRRORS with the Debian 12 (bookworm)
# mirrors this machine's apt uses — main, updates, security — as "deb URI SUITE main" lines, and
# installs mmdebstrap when it is missing. Returns 2 (with a sentence) when apt knows no such
# mirror.

debian_mirrors() {
  if ! command -v mmdebstrap >/dev/null; then
    echo "$(basename "$0"): installing mmdebstrap" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
  fi
  MIRRORS=()
  local uri suite component
  while read -r uri suite component; do
    MIRRORS+=("deb $uri $suite $component")
  done < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT) $(ORIGIN) $(TARGET_OF)' \
             'Identifier: Packages' |
           awk '$4 == "Debian" && $5 == "deb" && $2 ~ /^bookworm/ && $3 == "main" { print $1, $2, $3 }' |
           sort -u)
  if ((${#MIRRORS[@]} == 0)); then
    echo "$(basename "$0"): apt has no Debian 12 (bookworm) source configured; run apt-get update" >&2
    return 2
  fi
}
