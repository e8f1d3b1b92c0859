-- SPDX-License-Identifier: GPL-3.0-or-later
-- Okta's existence check: GET /Users?filter=userName eq "…"&startIndex=1&count=100, random seeded userNames.
package.path = os.getenv("SCIMDESK_BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local names = c.lines(os.getenv("SCIMDESK_BENCH_DB") .. ".user-names")
local headers = c.headers()
setup = c.setup
done = c.done
math.randomseed(os.time() + 1)
request = function()
  local name = names[math.random(#names)]:gsub("@", "%%40")
  return wrk.format("GET", c.base .. "/Users?filter=userName%20eq%20%22" .. name .. "%22&startIndex=1&count=100", headers)
end
