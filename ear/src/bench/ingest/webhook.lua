-- wrk script for the webhook-ingest benchmark (issue 4): every request a distinct SaleID, because the
-- bridge merges identical bodies into one event. The GUID starts with 60 random bits, like DEAR's random
-- GUIDs, so that the inbox's sale index is written at random places as in production (ids in counter order
-- would keep its inserts on one cached page); it ends with the thread number and a per-thread counter, so no
-- two requests of one run share a body. The run id (BENCH_RUN) seeds the random part.
-- Counts answers per thread and prints one machine-readable line at the end:
--   RESULT requests=.. ok2xx=.. accepted=.. duplicate=.. non2xx=.. errors=.. rps=.. p50_ms=.. p99_ms=..
-- Usage: wrk -t2 -c32 -d20s --latency -s webhook.lua http://127.0.0.1:8580/bridge/api/dear/demo/webhooks/Sale/OrderAuthorised
-- Env: BENCH_RUN (8 hex), BENCH_TOKEN (the account's webhook secret), BENCH_NOOP=1 to skip the auth header.

local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  run = os.getenv("BENCH_RUN") or "0badbeef"
  math.randomseed(tonumber(run, 16) % 2147483647 + tid * 7919)
  token = os.getenv("BENCH_TOKEN") or "demo-webhook-secret-5b1f0c9e6d2a"
  ok2xx, accepted, duplicate, non2xx = 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if os.getenv("BENCH_NOOP") ~= "1" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  counter = counter + 1
  local sale = string.format("%04x%04x-%04x-4%03x-8%03x-%012x", math.random(0, 65535), math.random(0, 65535),
    math.random(0, 65535), math.random(0, 4095), tid, counter)
  local body = '{"SaleID":"' .. sale .. '","SaleOrderNumber":"SO-BENCH-' .. run .. '-' .. tid .. '-' .. counter .. '"}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok2xx = ok2xx + 1
    if body and string.find(body, '"accepted"', 1, true) then
      accepted = accepted + 1
    elseif body and string.find(body, '"duplicate"', 1, true) then
      duplicate = duplicate + 1
    end
  else
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local o, a, d, n = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok2xx"); a = a + t:get("accepted"); d = d + t:get("duplicate"); n = n + t:get("non2xx")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d ok2xx=%d accepted=%d duplicate=%d non2xx=%d errors=%d timeouts=%d rps=%.1f ok_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, o, a, d, n, errors, e.timeout, summary.requests / (summary.duration / 1e6),
    o / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
