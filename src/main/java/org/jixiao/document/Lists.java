package org.jixiao.document;

import java.util.List;

/** Lists in documents are never null: absent means empty. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
