-- SPDX-License-Identifier: GPL-3.0-or-later
-- Shared by the scenario scripts: Okta's headers, the token from the environment, id lists from files.
local M = {}

function M.lines(path)
  local t = {}
  for line in io.lines(path) do t[#t + 1] = line end
  return t
end

function M.headers()
  return {
    ["Authorization"] = "Bearer " .. os.getenv("SCIMDESK_TOKEN"),
    ["User-Agent"] = "Okta SCIM Client 1.0.0",
    ["Accept"] = "application/scim+json",
    ["Content-Type"] = "application/scim+json; charset=utf-8",
  }
end

M.base = "/scim/v2/bench"

-- Every thread reports its status counts so the runner can check nothing failed.
M.threads = {}
function M.setup(thread)
  thread:set("id", #M.threads + 1)
  M.threads[#M.threads + 1] = thread
end

function M.done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

return M
