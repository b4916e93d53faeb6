-- wrk script: the same PTV update sent straight to the simulator. Args: <body file> <path>
local body, path
function init(args)
  local f = assert(io.open(args[1], "r")); body = f:read("*a"); f:close(); path = args[2]
end
function request()
  return wrk.format("PUT", path, {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
end
function done(summary, latency, requests)
  io.write(string.format("non-2xx: %d; mean %.2f ms, median %.2f ms, p99 %.2f ms\n", summary.errors.status,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
