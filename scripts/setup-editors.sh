#!/usr/bin/env bash
# Installs the real programs `npm test` drives: Neovim and Emacs with eglot (test/editors/), and Debian's Chromium
# for the HTML report test (test/report/; strict CI fails on its skip, so it must be here before `npm test`).
# Idempotent: each package is installed only when its command is missing. Needs Debian's apt (run as root in CI).
set -euo pipefail

need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v chromium >/dev/null 2>&1 || [ -n "${WARMLY_CHROMIUM:-}" ] || need+=(chromium)
if [ "${WARMLY_SETUP_EMACS:-1}" != "0" ]; then
  if ! command -v emacs >/dev/null 2>&1; then need+=(emacs-nox elpa-eglot);
  elif [ ! -d /usr/share/emacs/site-lisp/elpa-src ] || ! ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* >/dev/null 2>&1; then need+=(elpa-eglot); fi
fi

if [ ${#need[@]} -eq 0 ]; then
  echo "setup-editors: nvim, chromium$( [ "${WARMLY_SETUP_EMACS:-1}" != "0" ] && echo ' and emacs+eglot') already installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-editors: apt-get is not available; install these packages by hand: ${need[*]}" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-editors: run as root (or install sudo) to apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
echo "setup-editors: installing ${need[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
# Another setup script may be running apt at the same time: wait for its lock instead of failing.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${need[@]}"
command -v nvim >/dev/null 2>&1 || { echo "setup-editors: nvim is still missing after apt-get install" >&2; exit 1; }
