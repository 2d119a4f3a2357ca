#!/usr/bin/env bash
# Installs code-server (VS Code 1.100 for the browser, with the ordinary Node
# extension host) into DIR, from the npm registry and Debian's packages only.
#
# A plain `npm install code-server` fails on machines without general network
# access: its postinstall downloads ripgrep and prebuilt binaries from outside
# the registry. So: install with --ignore-scripts, build the native modules
# locally against this Node, and point VS Code's ripgrep at Debian's `rg`.
#
# Idempotent: when DIR already holds this version (a stamp file written at the
# very end of a successful install), it does nothing.
#
# Usage: scripts/install-code-server.sh DIR   (then: DIR/node_modules/.bin/code-server)
set -euo pipefail
DIR=${1:?usage: install-code-server.sh DIR}
VERSION=4.100.3   # VS Code 1.100; the last line that runs on Node 20 and needs no git dependency
STAMP="$DIR/.copydesk-code-server-$VERSION"
BIN="$DIR/node_modules/.bin/code-server"

if [ -f "$STAMP" ] && [ -x "$BIN" ] && command -v rg >/dev/null; then
  echo "code-server $VERSION already installed: $BIN"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo   # CI runs as root; elsewhere apt needs sudo
# Headers for the native modules (kerberos, native-keymap, keytar) and ripgrep.
APT_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep)
if ! dpkg -s "${APT_PACKAGES[@]}" >/dev/null 2>&1; then
  echo "apt: installing ${APT_PACKAGES[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
fi

echo "npm: installing code-server $VERSION into $DIR (about a minute)"
rm -f "$STAMP"
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{"private":true}' > package.json
npm install --no-audit --no-fund --no-save --ignore-scripts "code-server@$VERSION" >/dev/null
npm rebuild argon2 >/dev/null

cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null
npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

"$BIN" --version >/dev/null
touch "$STAMP"
echo "code-server $VERSION installed: $BIN"
