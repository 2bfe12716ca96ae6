package org.jixiao.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;

/** The test corpus: reports of our own making with the documents expected of them, written by hand. */
final class Corpus {

    static final String DIR = "/extraction/corpus/";

    /** Department reports (running text) and project forms (text laid out in columns). */
    static final List<String> DEPARTMENT_REPORTS = List.of("d01-haizhu-health-2022", "d02-archives-2021",
            "d03-panyu-agriculture-2023", "d04-baiyun-civil-affairs-2020",
            "d05-yuexiu-justice-2023", "d06-tianhe-education-2022",
            "d07-liwan-culture-2021", "d08-huangpu-science-2023",
            "d09-conghua-water-2022", "d10-nansha-market-2023",
            "d11-huadu-library-2023");
    static final List<String> PROJECT_FORMS = List.of("p01-yuexiu-elderly-care-2023", "p02-haizhu-renovation-2022");

    private Corpus() {
    }

    static List<String> all() {
        return Stream.concat(DEPARTMENT_REPORTS.stream(), PROJECT_FORMS.stream()).toList();
    }

    static byte[] text(String name) {
        return bytes(DIR + name + ".txt");
    }

    static EvaluationDocument expected(String name) {
        return DocumentJson.read(new String(bytes(DIR + name + ".json"), StandardCharsets.UTF_8));
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
