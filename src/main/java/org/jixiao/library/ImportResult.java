package org.jixiao.library;

import java.io.Serializable;
import java.util.List;

/** What an import did: the codes of entries created, of those given a new version, and of those unchanged. */
public record ImportResult(List<String> created, List<String> updated, List<String> unchanged)
        implements Serializable {

    public ImportResult {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
    }
}
