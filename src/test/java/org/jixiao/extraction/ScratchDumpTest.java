package org.jixiao.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        Path dir = Path.of("target/rt");
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>(Corpus.all());
        names.add("seed");
        String only = System.getProperty("rt.only");
        for (String name : names) {
            if (only != null && !name.startsWith(only)) continue;
            EvaluationDocument d = name.equals("seed") ? SeedDocument.load() : Corpus.expected(name);
            d = d.withScore(new Scorer(ScoringProfiles.builtIn().defaultProfile()).score(d));
            for (ReportFormat f : List.of(ReportFormat.DOCX, ReportFormat.PDF, ReportFormat.XLSX)) {
                byte[] bytes = ReportRenderer.render(d, f).content();
                Files.write(dir.resolve(name + "." + f.extension()), bytes);
                ReportSource source = switch (f) {
                    case PDF -> PdfReader.read(name, bytes);
                    case DOCX -> OfficeReader.docx(name, bytes);
                    default -> OfficeReader.xlsx(name, bytes);
                };
                Files.writeString(dir.resolve(name + "." + f.extension() + ".txt"), source.text());
                if (source.layout() != null) Files.writeString(dir.resolve(name + "." + f.extension() + ".layout.txt"), source.layout());
                try {
                    Files.writeString(dir.resolve(name + "." + f.extension() + ".json"),
                        org.jixiao.document.DocumentJson.write(new ReportExtractor().extract(name + "." + f.extension(), bytes).document()));
                } catch (RuntimeException e) { Files.writeString(dir.resolve(name + "." + f.extension() + ".json"), e.toString()); }
            }
        }
    }
}
