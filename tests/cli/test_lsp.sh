#!/usr/bin/env bash
# `docqc lsp` driven over a pipe by a small LSP client (lsp_protocol_test.py): diagnostics
# with UTF-16 ranges, incremental edits, code actions, config reloads, malformed messages,
# binary and huge documents, shutdown and exit; cross-file checks over the open documents
# (lsp_cross_file_test.py).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

if python3 "$REPO_ROOT/tests/cli/lsp_protocol_test.py" "$DOCQC" "$WORK"; then
  pass
else
  fail "the protocol test failed (messages above)"
fi
if python3 "$REPO_ROOT/tests/cli/lsp_cross_file_test.py" "$DOCQC" "$WORK"; then
  pass
else
  fail "the cross-file test failed (messages above)"
fi
finish
