-- SPDX-License-Identifier: GPL-3.0-or-later
-- Okta's group push: PATCH /Groups/{id} adding 100 members ({value, display}, no type), round-robin over the
-- seeded groups, each request adding users not yet in that group.
package.path = os.getenv("SCIMDESK_BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local ids = c.lines(os.getenv("SCIMDESK_BENCH_DB") .. ".user-ids")
local groups = c.lines(os.getenv("SCIMDESK_BENCH_DB") .. ".group-ids")
local headers = c.headers()
setup = c.setup
done = c.done
local counter = 0
request = function()
  counter = counter + 1
  local thread = id or 1
  local g = groups[((counter - 1) * 7 + thread) % #groups + 1]
  local first = (((counter - 1) * 2 + thread) * 100) % (#ids - 100)
  local members = {}
  for i = 1, 100 do
    members[i] = '{"value":"' .. ids[first + i] .. '","display":"user"}'
  end
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[' ..
    table.concat(members, ",") .. ']}]}'
  return wrk.format("PATCH", c.base .. "/Groups/" .. g, headers, body)
end
