#!/usr/bin/env bash
# Everything the end-to-end suite needs that is not an npm devDependency:
#   - Debian's Chromium (driven by playwright-core) and Neovim (its built-in
#     LSP client drives the language server),
#   - code-server, installed by scripts/install-code-server.sh into a cache
#     folder outside the repository, so later runs and fresh clones reuse it.
# Idempotent: a second run only checks and returns in about a second.
#
# Usage: scripts/install-e2e-deps.sh
# The cache folder is $COPYDESK_E2E_CACHE (default ~/.cache/copydesk-e2e);
# e2e/harness/paths.ts reads the same variable.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CACHE="${COPYDESK_E2E_CACHE:-${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}/.cache/copydesk-e2e}"
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo   # CI runs as root; elsewhere apt needs sudo

APT_PACKAGES=(chromium neovim fonts-dejavu-core)
if ! dpkg -s "${APT_PACKAGES[@]}" >/dev/null 2>&1; then
  echo "apt: installing ${APT_PACKAGES[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
fi

bash "$HERE/install-code-server.sh" "$CACHE/code-server"
