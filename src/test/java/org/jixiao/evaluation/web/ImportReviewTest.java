package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.jixiao.document.DocumentJson;
import org.jixiao.evaluation.web.UploadedReports.Pending;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/** What the import page shows beside the form, built from a pending upload without a server. */
class ImportReviewTest {

    @Test
    void aLinesPageIsKnownBetweenTwoPlacesReadOnThatPage() {
        List<SourceLines.Line> lines = SourceLines.of("a\nb\nc\nd\ne\nf", List.of(new SourceSpot(2, 1, 0, 1),
                new SourceSpot(3, 1, 0, 1), new SourceSpot(5, 2, 0, 1), new SourceSpot(6, 2, 0, 1)));

        assertThat(lines).extracting(SourceLines.Line::page).containsExactly(null, 1, 1, null, 2, 2);
        assertThat(lines).extracting(SourceLines.Line::pageBegins).containsExactly(false, true, false, false, true, false);
        assertThat(lines.get(5)).isEqualTo(new SourceLines.Line(6, 2, false, "f"));
    }

    @Test
    void aTextWithoutPagesHasNone() {
        assertThat(SourceLines.of("一\n\n三", List.of(new SourceSpot(3, null, 0, 1))))
                .extracting(SourceLines.Line::page).containsOnlyNulls();
        assertThat(SourceLines.of("一\n\n三", List.of())).extracting(SourceLines.Line::text).containsExactly("一", "", "三");
    }

    @Test
    void anUncertainFigureKnowsItsPageAndLine() {
        UncertainFigure onPage = UncertainFigure.of(new Pending.Warning("UNCERTAIN_FIGURE", "$.funds",
                "第 3 页，第 120 行：“390390100%”是连在一起的几个数字，无法确定如何拆分，未填入，请对照原文核实"));
        UncertainFigure nowhere = UncertainFigure.of(new Pending.Warning("UNCERTAIN_FIGURE", null, "某处有个数字未填入"));

        assertThat(onPage).isEqualTo(new UncertainFigure(120, 3,
                "“390390100%”是连在一起的几个数字，无法确定如何拆分，未填入，请对照原文核实", "funds"));
        assertThat(onPage.spot()).isEqualTo(new SourceSpot(120, 3, 0, 0));
        assertThat(nowhere.line()).isNull();
        assertThat(nowhere.spot()).isNull();
        assertThat(nowhere.text()).isEqualTo("某处有个数字未填入");
    }

    @Test
    void aTextOfAListKeepsItsOriginWhereverItMoves() {
        var document = SeedDocument.load();
        EvaluationForm form = EvaluationFormMapper.toForm(document, 0);
        form.getGoals().remove(0);
        form.getGoals().add("新加的目标");
        Map<String, SourceSpot> origins = Map.of("goals[1]", new SourceSpot(30, null, 0, 10),
                "goals[0]", new SourceSpot(29, null, 0, 10));

        FieldOrigins fields = FieldOrigins.of(form, document, origins);

        assertThat(fields.at("goals[0]")).as("read second, now first").isEqualTo(new SourceSpot(30, null, 0, 10));
        assertThat(fields.at("goals[" + (form.getGoals().size() - 1) + "]")).as("typed on the page").isNull();
    }

    @Test
    void aRowPathThatTheReaderCouldNotHaveGivenIsIgnored() {
        var document = SeedDocument.load();
        EvaluationForm form = EvaluationFormMapper.toForm(document, 0);
        form.getKeyTasks().get(0).setReadFrom("funds");
        form.getKeyTasks().get(1).setReadFrom("keyTasks[0]");

        FieldOrigins fields = FieldOrigins.of(form, document, Map.of("funds.name", new SourceSpot(1, null, 0, 1),
                "keyTasks[0].name", new SourceSpot(9, null, 0, 4)));

        assertThat(fields.at("keyTasks[0].name")).isNull();
        assertThat(fields.at("keyTasks[1].name")).isEqualTo(new SourceSpot(9, null, 0, 4));
    }

    @Test
    void aReportInJixiaosOwnLayoutIsReviewedWithoutOrigins() throws Exception {
        byte[] seed;
        try (var in = ImportReviewTest.class.getResourceAsStream("/extraction/seed-liwan-2023.txt")) {
            seed = in.readAllBytes();
        }
        Pending pending = Pending.of("seed.txt", new ReportExtractor().extract("seed.txt", seed));
        EvaluationForm form = EvaluationFormMapper.toForm(pending.document(), 0);
        FieldOrigins.markRows(form);

        ImportReview review = ImportReview.of(pending, form);

        assertThat(review.located()).isFalse();
        assertThat(review.origins().at("funds.budget")).isNull();
        assertThat(review.found()).extracting(ReadingParts.Item::key).contains("imports.part.budget",
                "imports.part.unitName", "imports.part.goals");
        assertThat(review.lines()).hasSize(pending.sourceText().split("\n", -1).length);
    }

    @Test
    void aPendingUploadStoredBeforeOriginsWereKeptReadsBackWithNone() throws Exception {
        Pending pending = new Pending("旧.txt", "原文", DocumentJson.compact(SeedDocument.load()), null, null);

        Pending back = (Pending) roundTrip(pending);

        assertThat(back.findings()).isEmpty();
        assertThat(back.origins()).isEmpty();
        assertThat(ImportReview.of(back, EvaluationFormMapper.toForm(back.document(), 0)).located()).isFalse();
    }

    @Test
    void aPendingUploadWithItsOriginsSurvivesSerialization() throws Exception {
        Pending pending = Pending.of("项目.txt", new ReportExtractor().extract("项目.txt", ImportOriginsTest.projectForm()));

        Pending back = (Pending) roundTrip(pending);

        assertThat(back).isEqualTo(pending);
        assertThat(back.origins().get("funds.budget")).isEqualTo(new SourceSpot(17, null, 0, 3));
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
