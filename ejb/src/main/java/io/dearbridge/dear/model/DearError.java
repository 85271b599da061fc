package io.dearbridge.dear.model;

/** DEAR's Error Model: {@code {"ErrorCode": 400, "Exception": "text"}} (docs/dear-api.md §1.3). */
public record DearError(Integer errorCode, String exception) {
}
