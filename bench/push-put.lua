-- wrk script: one push of a stored organisation through the middleware (put = PTV update).
-- Args: <basic auth> <code>. Counts answers other than 200 (a 202 was queued, not delivered).
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  auth = args[1]; code = args[2]; not_delivered = 0
end
function request()
  return wrk.format("POST", "/cxf/ptv/organization/put/" .. code, {["Authorization"] = "Basic " .. auth}, "")
end
function response(status, headers, body)
  if status ~= 200 then not_delivered = not_delivered + 1 end
end
function done(summary, latency, requests)
  local queued = 0
  for _, thread in ipairs(threads) do queued = queued + thread:get("not_delivered") end
  io.write(string.format("non-2xx: %d; not 200 (queued): %d; mean %.2f ms, median %.2f ms, p99 %.2f ms\n",
    summary.errors.status, queued, latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
