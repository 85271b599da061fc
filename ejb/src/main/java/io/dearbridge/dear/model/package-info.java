/**
 * DEAR's wire format: records shaped like DEAR's JSON (names, odd spellings and all) and the one mapper and
 * date parser that read them. Nothing outside {@code io.dearbridge.dear} should depend on these types.
 */
package io.dearbridge.dear.model;
