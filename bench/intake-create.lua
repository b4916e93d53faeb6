-- wrk script: every request puts a new service (a fresh code each time), so each one is a
-- real validation, insert and integration-log write. Args: <example json file> <basic auth>
local counter = 0
local template
local auth
local thread_id = 0
local statuses = {}

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  template = file:read("*a")
  file:close()
  auth = args[2]
end

function request()
  counter = counter + 1
  local code = string.format("bench-%d-%d-%d", os.time(), thread_id, counter)
  local body = template:gsub('"code"%s*:%s*"[^"]*"', '"code": "' .. code .. '"', 1)
  return wrk.format("POST", "/cxf/yleiset/put",
    {["Content-Type"] = "application/json", ["Authorization"] = "Basic " .. auth}, body)
end

function response(status, headers, body)
  if status ~= 201 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-201 answers: %d\n", summary.errors.status))
  io.write(string.format("latency median %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
