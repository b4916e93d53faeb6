-- wrk script: one push of a stored organisation through the middleware (put = PTV update).
-- Args: <basic auth> <code>
local auth, code
function init(args) auth = args[1]; code = args[2] end
function request()
  return wrk.format("POST", "/cxf/ptv/organization/put/" .. code, {["Authorization"] = "Basic " .. auth}, "")
end
function done(summary, latency, requests)
  io.write(string.format("non-2xx: %d; mean %.2f ms, median %.2f ms, p99 %.2f ms\n", summary.errors.status,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
