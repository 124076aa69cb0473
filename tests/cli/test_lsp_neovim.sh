#!/usr/bin/env bash
# A real editor as the client: Neovim's built-in LSP client (nvim --headless) opens a file,
# gets docqc's diagnostics, applies a quick fix, types, and stops the server. Skipped (77)
# when nvim is not installed (ci/install-deps installs Debian's neovim).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

if ! command -v nvim >/dev/null 2>&1; then
  skip "nvim is not installed"
  exit 77
fi
cp "$REPO_ROOT/tests/cli/lsp_rules.yaml" "$WORK/rules.yaml"
export DOCQC WORK
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state"
export XDG_CACHE_HOME="$WORK/cache"
if timeout 120 nvim --headless -u NONE -i NONE -n \
    -c "luafile $REPO_ROOT/tests/cli/lsp_neovim.lua" >"$WORK/nvim.out" 2>"$WORK/nvim.err"; then
  pass
else
  fail "Neovim's LSP session failed:"
  cat "$WORK/nvim.err" "$WORK/nvim.out" >&2
fi
finish
