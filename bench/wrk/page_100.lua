-- SPDX-License-Identifier: GPL-3.0-or-later
-- Okta's import: GET /Users?startIndex=N&count=100 at random page starts across all seeded users.
package.path = os.getenv("SCIMDESK_BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local users = tonumber(os.getenv("SCIMDESK_BENCH_USERS"))
local headers = c.headers()
setup = c.setup
done = c.done
math.randomseed(os.time() + 2)
request = function()
  local start = (math.random(users / 100) - 1) * 100 + 1
  return wrk.format("GET", c.base .. "/Users?startIndex=" .. start .. "&count=100", headers)
end
