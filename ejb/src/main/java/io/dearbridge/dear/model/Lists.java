package io.dearbridge.dear.model;

import java.util.List;

/** DEAR sends {@code null}, {@code []} or leaves collections out; the records always hold a list. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list.stream().filter(java.util.Objects::nonNull).toList());
    }
}
