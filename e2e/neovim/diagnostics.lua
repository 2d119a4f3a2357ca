-- Drives Copydesk's language server from Neovim's built-in LSP client (0.7+):
-- opens one draft, waits for the server's diagnostics (the check with spelling: the server's
-- first check goes out before its dictionaries are loaded), writes them as JSON.
-- Run: nvim --headless -u NONE -i NONE -n -c 'luafile e2e/neovim/diagnostics.lua'
-- with COPYDESK_SERVER (server.js), COPYDESK_DRAFT (the draft), COPYDESK_OUT (the JSON file),
-- and optionally COPYDESK_FILETYPE (default "text") and COPYDESK_TIMEOUT_MS (default 20000).
local server = assert(os.getenv('COPYDESK_SERVER'), 'COPYDESK_SERVER is not set')
local draft = assert(os.getenv('COPYDESK_DRAFT'), 'COPYDESK_DRAFT is not set')
local out = assert(os.getenv('COPYDESK_OUT'), 'COPYDESK_OUT is not set')
local filetype = os.getenv('COPYDESK_FILETYPE') or 'text'
local timeout = tonumber(os.getenv('COPYDESK_TIMEOUT_MS') or '20000')

local function finish(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = filetype

  local exited = nil
  -- Keep what the server published too (LSP positions, UTF-16), beside what Neovim made of it
  -- (vim.diagnostic columns are byte offsets into the UTF-8 line).
  local published = vim.NIL
  -- Copydesk says after each check whether spelling was in it (copydesk/checked).
  local spelling_checked = false
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':p:h'),
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        published = result
        return publish(err, result, ctx, config)
      end,
      ['copydesk/checked'] = function(_, result)
        if result and not result.spellingPending then spelling_checked = true end
      end,
    },
  })
  if not client_id then error('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(buf, client_id)

  local arrived = vim.wait(timeout, function()
    return exited ~= nil or (spelling_checked and #vim.diagnostic.get(buf) > 0)
  end, 50)

  local client = vim.lsp.get_client_by_id(client_id)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or lsp.code,
    })
  end
  local result = {
    arrived = arrived,
    exited = exited,
    published = published,
    nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
    diagnostics = diagnostics,
  }
  if client then client.stop() end
  finish(result)
end)
if not ok then finish({ error = tostring(err) }) end
