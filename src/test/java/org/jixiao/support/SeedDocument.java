package org.jixiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;

/** The reviewed document of the seed report (广州市荔湾区妇女联合会, 2023), as the demo data ships it. */
public final class SeedDocument {

    public static final String RESOURCE = "/demo/liwan-women-federation-2023.json";
    public static final String UNIT = "广州市荔湾区妇女联合会";
    public static final int YEAR = 2023;

    private SeedDocument() {
    }

    public static EvaluationDocument load() {
        return DocumentJson.read(json());
    }

    /** The seed as the demo stores it: its unit's department evaluation of its year, found by name and year. */
    public static EvaluationSummary stored(Evaluations evaluations) {
        return ofUnit(evaluations, Kind.DEPARTMENT_OVERALL);
    }

    /** The project form the demo begins beside the seed, of one of its tasks: a draft, the unit's alone to see. */
    public static EvaluationSummary projectDraft(Evaluations evaluations) {
        return ofUnit(evaluations, Kind.PROJECT);
    }

    private static EvaluationSummary ofUnit(Evaluations evaluations, Kind kind) {
        return evaluations.summaries(new EvaluationFilter(null, YEAR, UNIT)).stream()
                .filter(s -> s.unitName().equals(UNIT) && s.kind() == kind).findFirst().orElseThrow();
    }

    public static String json() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            return DocumentJson.readText(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
