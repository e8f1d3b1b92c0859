-- SPDX-License-Identifier: GPL-3.0-or-later
-- Okta's create: POST /Users with Okta's body, a new userName every request.
package.path = os.getenv("SCIMDESK_BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local headers = c.headers()
setup = c.setup
done = c.done
local counter = 0
local run = tostring(os.time())
request = function()
  counter = counter + 1
  local login = string.format("new-%s-%d-%d@example.com", run, id or 0, counter)
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. login ..
    '","name":{"givenName":"New","familyName":"User"},"emails":[{"primary":true,"value":"' .. login ..
    '","type":"work"}],"displayName":"New User","locale":"en-US","externalId":"00u' .. counter ..
    '","groups":[],"password":"1mz050nq","active":true}'
  return wrk.format("POST", c.base .. "/Users", headers, body)
end
