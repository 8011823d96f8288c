-- Driven by neovim.test.ts: a real headless Neovim (0.7 API: start_client + buf_attach_client) attaches the
-- Warmly server, waits for its diagnostics, applies the preferred quick fix, writes the file and reports.
local server, out, rule = vim.env.WARMLY_SERVER, vim.env.WARMLY_OUT, vim.env.WARMLY_RULE
local report = { events = {} }
local function finish(code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit 1')
end
local function fail(msg)
  report.error = msg
  finish(1)
end

local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'warmly',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.expand('%:p:h'),
  init_options = { settings = { debounceMs = 0 } },
})
if not id then return fail('start_client failed') end
vim.lsp.buf_attach_client(buf, id)

local function find(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == code) then return d end
  end
end

if not vim.wait(15000, function() return find(rule) ~= nil end, 20) then return fail('no ' .. rule .. ' diagnostic arrived') end
local d = find(rule)
report.diagnostic = { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, source = d.source, message = d.message }

-- Put the cursor on the finding and ask for code actions there, as :lua vim.lsp.buf.code_action() would.
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
local params = vim.lsp.util.make_range_params(nil, 'utf-16')
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum) }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
if not responses or not responses[id] or not responses[id].result then return fail('no code action response') end
local preferred
report.actions = {}
for _, action in ipairs(responses[id].result) do
  table.insert(report.actions, action.title)
  if action.isPreferred and not preferred then preferred = action end
end
if not preferred then return fail('no preferred quick fix') end
report.applied = preferred.title
vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
vim.cmd('write')

-- The server re-lints the changed buffer: the finding must go away.
if not vim.wait(15000, function() return find(rule) == nil end, 20) then return fail(rule .. ' still reported after the fix') end
report.remaining = {}
for _, x in ipairs(vim.diagnostic.get(buf)) do table.insert(report.remaining, x.code or (x.user_data and x.user_data.lsp.code)) end
vim.lsp.stop_client(id)
finish(0)
