package org.jixiao.extraction;

import org.junit.jupiter.api.Test;

class DebugTmpTest {
    @Test
    void dump() {
        String name = System.getProperty("report", "p01-yuexiu-elderly-care-2023");
        String text = new String(Corpus.text(name), java.nio.charset.StandardCharsets.UTF_8);
        Grid grid = LayoutGrid.of(text);
        grid.rows().forEach(r -> System.out.println("ROW " + r));
    }
}
