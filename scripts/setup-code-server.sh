#!/usr/bin/env bash
# Installs what the real-editor test (test/e2e/vscode.test.ts) needs, and only what is missing:
# Debian's chromium + ripgrep (+ libkrb5-dev for code-server's native modules) and code-server 4.100.3
# (the newest that runs on Node 20; it bundles VS Code 1.100.3) in a cache folder outside the repo.
# Idempotent: a second run only prints where things are.
# Usage: bash scripts/setup-code-server.sh     (env: WARMLY_CACHE, default ~/.cache/warmly)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${WARMLY_CACHE:-$HOME/.cache/warmly}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"

log() { printf 'setup-code-server: %s\n' "$*" >&2; }

# --- system packages --------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  log "installing ${missing[*]} with apt-get"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- code-server ------------------------------------------------------------------------------
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION"; then
  log "code-server $CODE_SERVER_VERSION already installed"
else
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX (about 300 MB, 1-2 minutes)"
  mkdir -p "$PREFIX"
  # @vscode/ripgrep's postinstall downloads ripgrep from outside the npm registry, which is unreachable
  # here; seed the cache it looks in first with Debian's rg so the postinstall finds it.
  tmp="${TMPDIR:-/tmp}"
  rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
  rg_tar="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$rg_tar" ]; then
    mkdir -p "$rg_cache"
    stage="$(mktemp -d)"
    cp "$(command -v rg)" "$stage/rg"
    tar -C "$stage" -czf "$rg_tar" rg
    rm -rf "$stage"
  fi
  [ -f "$PREFIX/package.json" ] || printf '{ "name": "warmly-code-server", "private": true }\n' > "$PREFIX/package.json"
  # yes=true lets node-pty's postinstall run `npx node-gyp`; as root the postinstall needs --unsafe-perm.
  (cd "$PREFIX" && npm_config_yes=true npm install --no-save --no-audit --no-fund --unsafe-perm \
    --foreground-scripts "code-server@$CODE_SERVER_VERSION" >"$PREFIX/install.log" 2>&1) || {
    log "npm install failed; see $PREFIX/install.log"; tail -n 30 "$PREFIX/install.log" >&2; exit 1; }
  "$BIN" --version >/dev/null
fi

log "code-server: $BIN"
log "chromium:    $(command -v chromium)"
echo "$BIN"
