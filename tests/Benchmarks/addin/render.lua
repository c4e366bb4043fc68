-- POST /api/render for three units in turn (the sample ledger's U001..U003), whole document.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local units = {"U001", "U002", "U003"}
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/api/render", nil,
    '{"template":"form","unitId":"' .. units[(n % 3) + 1] .. '","include":"document"}')
end
