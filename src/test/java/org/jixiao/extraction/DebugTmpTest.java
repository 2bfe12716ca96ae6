package org.jixiao.extraction;

import org.junit.jupiter.api.Test;

class DebugTmpTest {
    @Test
    void dump() {
        String name = System.getProperty("report", "d03-panyu-agriculture-2023");
        String text = new String(Corpus.text(name), java.nio.charset.StandardCharsets.UTF_8);
        ReportText rt = ReportText.of(text);
        for (Sections.Section s : Sections.of(rt)) {
            System.out.println("SECTION " + s + " :: " + rt.flow().substring(s.headingStart(), Math.min(s.end(), s.headingStart() + 60)));
        }
        System.out.println(org.jixiao.document.DocumentJson.write(new ReportExtractor().extract(name, Corpus.text(name)).document()));
    }
}
