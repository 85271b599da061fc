package io.dearbridge.simulator.calls;

import java.util.LinkedHashMap;
import java.util.Map;

/** One DEAR API call as the control API reports it. */
public record CallRecord(long seq, String method, String path, String query, int status, String at,
                         long durationMs) {

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("method", method);
        m.put("path", path);
        m.put("query", query);
        m.put("status", status);
        m.put("at", at);
        m.put("durationMs", durationMs);
        return m;
    }
}
