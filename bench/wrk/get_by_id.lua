-- SPDX-License-Identifier: GPL-3.0-or-later
-- GET /Users/{id} for random seeded users.
package.path = os.getenv("SCIMDESK_BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local ids = c.lines(os.getenv("SCIMDESK_BENCH_DB") .. ".user-ids")
local headers = c.headers()
setup = c.setup
done = c.done
math.randomseed(os.time())
request = function()
  return wrk.format("GET", c.base .. "/Users/" .. ids[math.random(#ids)], headers)
end
