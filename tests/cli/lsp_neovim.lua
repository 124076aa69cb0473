-- Neovim's built-in LSP client against `docqc lsp` (tests/cli/test_lsp_neovim.sh runs it):
-- nvim --headless -u NONE -c "luafile lsp_neovim.lua" DOCQC WORK
-- Works with Neovim 0.7 (Debian 12) and later. Exits 0 when every check holds.
local docqc = vim.env.DOCQC
local work = vim.env.WORK
local failures = 0

local function check(condition, what)
  if not condition then
    failures = failures + 1
    io.stderr:write("FAIL [test_lsp_neovim]: " .. what .. "\n")
  end
end

local function finish()
  if failures == 0 then
    vim.cmd("qall!")
  else
    vim.cmd("cquit 1")
  end
end

local ok, err = pcall(function()
  local path = work .. "/doc.txt"
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, { "𠀀第一行XXX", "第二行QQ" })

  local client_id = vim.lsp.start_client({
    name = "docqc",
    cmd = { docqc, "lsp", "--no-default-rules", "--rules", work .. "/rules.yaml" },
    root_dir = work,
  })
  check(client_id ~= nil, "the client starts")
  vim.lsp.buf_attach_client(buf, client_id)

  local function diagnostics()
    return vim.diagnostic.get(buf)
  end
  check(vim.wait(10000, function() return #diagnostics() == 2 end, 20),
        "two diagnostics on open, got " .. #diagnostics())
  local by_code = {}
  for _, d in ipairs(diagnostics()) do
    by_code[d.code] = d
  end
  local xxx = by_code["placeholder-xxx"]
  check(xxx ~= nil, "placeholder-xxx reported")
  if xxx then
    -- Neovim stores byte columns: 𠀀 (4 bytes) + 第一行 (9 bytes) = 13.
    check(xxx.lnum == 0 and xxx.col == 13 and xxx.end_col == 16,
          string.format("placeholder range in bytes: %d:%d-%d", xxx.lnum, xxx.col, xxx.end_col))
    check(xxx.severity == vim.diagnostic.severity.ERROR, "error severity")
  end

  -- The quick fix, through the client, applied to the buffer.
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 6 }, ["end"] = { line = 0, character = 6 } },
    context = { diagnostics = {} },
  }
  local replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
  local actions = replies and replies[client_id] and replies[client_id].result or {}
  check(#actions == 2, "two code actions, got " .. #actions)
  if actions[1] then
    check(actions[1].isPreferred == true, "the safe fix is preferred")
    vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16")
    local line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
    check(line == "𠀀第一行Y", "fix applied: " .. line)
  end

  -- Typing: the change goes out incrementally and is checked again.
  check(vim.wait(10000, function() return #diagnostics() == 1 end, 20),
        "one diagnostic after the fix, got " .. #diagnostics())
  vim.api.nvim_buf_set_lines(buf, 1, 2, false, { "第二行QQ和XXX" })
  check(vim.wait(10000, function() return #diagnostics() == 2 end, 20),
        "two diagnostics after typing, got " .. #diagnostics())

  -- Shutdown and exit through the client.
  local client = vim.lsp.get_client_by_id(client_id)
  client.stop()
  check(vim.wait(10000, function() return client.is_stopped() end, 20), "the server stops")
end)
if not ok then
  failures = failures + 1
  io.stderr:write("FAIL [test_lsp_neovim]: " .. tostring(err) .. "\n")
end
finish()
