package org.jixiao.extraction;

import org.junit.jupiter.api.Test;

class DebugTmpTest {
    @Test
    void dump() {
        String name = System.getProperty("report", "p01-yuexiu-elderly-care-2023");
        ReportSource source = PdfReader.read("x", CorpusFiles.projectPdf(name));
        System.out.println("LAYOUT\n" + source.layout().replace(" ", "·"));
        LayoutGrid.of(source.layout()).rows().forEach(r -> System.out.println("ROW " + r));
    }
}
