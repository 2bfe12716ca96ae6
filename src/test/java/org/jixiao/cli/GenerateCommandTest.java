package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.document.FundsConsistency;
import org.jixiao.document.Severity;
import org.jixiao.scoring.IndicatorLinter;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfile;
import org.jixiao.scoring.ScoringProfiles;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code generate} and {@code reassess} against a database file of their own. */
class GenerateCommandTest {

    @RegisterExtension
    final OwnH2Database database = new OwnH2Database();

    @Test
    void aGeneratedRegionReadsBackAsValidDocumentsWithTheirOwnAssessment() throws SQLException {
        CommandLineRun run = CommandLineRun.of("generate", "--units", "40", "--years", "3", "--last-year", "2024",
                "--region", "测试市", "--reviewer", "ceshi");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"evaluations\": 120", "\"username\": \"ceshi\"");
        // every evaluation comes back through export as a document that passes the format check
        CommandLineRun exported = CommandLineRun.of("export");
        List<EvaluationDocument> documents = DocumentJson.readAll(exported.out());
        assertThat(documents).hasSize(120);
        assertThat(documents.stream().map(d -> d.department().name()).distinct()).hasSize(40);
        long indicators = documents.stream().flatMap(d -> d.keyTasks().stream()).mapToLong(t -> t.indicators().size()).sum();
        assertThat(indicators / 120.0).as("indicators per evaluation").isBetween(30.0, 50.0);

        // the stored assessment is what scoring the document afresh gives, against last year's evaluation
        ScoringProfile profile = ScoringProfiles.builtIn().get(ScoringProfiles.DEFAULT);
        Scorer scorer = new Scorer(profile);
        IndicatorLinter linter = new IndicatorLinter(profile);
        Map<String, EvaluationDocument> byUnitAndYear = new HashMap<>();
        documents.forEach(d -> byUnitAndYear.put(d.department().name() + d.fiscalYear(), d));
        Map<String, Stored> stored = stored();
        int withErrors = 0;
        for (EvaluationDocument document : documents) {
            EvaluationScore score = scorer.score(document);
            List<Finding> findings = linter.lint(document,
                    byUnitAndYear.get(document.department().name() + (document.fiscalYear() - 1)));
            Stored row = stored.get(document.department().name() + document.fiscalYear());
            assertThat(row.totalScore()).isEqualByComparingTo(score.total());
            assertThat(row.grade()).isEqualTo(score.grade().name());
            assertThat(row.errors()).isEqualTo(findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
            assertThat(row.warnings()).isEqualTo(findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
            withErrors += FundsConsistency.check(document).isEmpty() ? 0 : 1;
        }
        // a realistic region: scores, grades and statuses spread; most funds add up
        assertThat(stored.values().stream().map(Stored::grade).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(stored.values().stream().map(Stored::status).distinct().toList())
                .contains("PUBLISHED", "DRAFT", "SUBMITTED");
        assertThat(withErrors).isLessThan(documents.size() / 5);

        // reassessing with the same profile changes nothing
        CommandLineRun reassessed = CommandLineRun.of("reassess", "--region", "测试市");
        assertThat(reassessed.exitCode()).as(reassessed.err()).isZero();
        assertThat(reassessed.out()).contains("\"evaluations\": 120");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void reassessStoresAnEvaluationWithTooLittleToScoreWithoutGradeAndSaysHowMany() throws Exception {
        EvaluationDocument seed = SeedDocument.load();
        Path file = Files.createTempFile("bare", ".json");
        Files.writeString(file, DocumentJson.write(List.of(seed,
                seed.withFiscalYear(2024).withKeyTasks(seed.keyTasks().stream()
                        .map(task -> task.withIndicators(List.of())).toList()))));
        assertThat(CommandLineRun.of("import", file.toString()).exitCode()).isZero();
        Files.delete(file);
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "")) {
            connection.createStatement().executeUpdate("UPDATE evaluation SET scoring_profile = NULL, not_scorable = NULL,"
                    + " total_score = 0, grade = 'POOR'");
        }

        CommandLineRun reassessed = CommandLineRun.of("reassess");

        assertThat(reassessed.exitCode()).as(reassessed.err()).isZero();
        assertThat(reassessed.out()).contains("\"evaluations\": 2", "\"notScorable\": 1");
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "");
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT total_score, grade, not_scorable FROM evaluation WHERE fiscal_year = 2024")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isNull();
            assertThat(rs.getString(2)).isNull();
            assertThat(rs.getString(3)).isEqualTo("NO_INDICATORS");
        }
    }

    @Test
    void theSameSeedGivesTheSameRegion() {
        SyntheticRegion one = new SyntheticRegion("甲市", 3);
        SyntheticRegion two = new SyntheticRegion("甲市", 3);

        assertThat(one.unit(77, 2020, 2)).isEqualTo(two.unit(77, 2020, 2));
        assertThat(one.unit(77, 2020, 2)).isNotEqualTo(new SyntheticRegion("甲市", 4).unit(77, 2020, 2));
    }

    @Test
    void aRegionGeneratedTwiceIsRefusedAndNothingIsAdded() throws SQLException {
        assertThat(CommandLineRun.of("generate", "--units", "3", "--years", "1", "--region", "乙市").exitCode()).isZero();

        CommandLineRun again = CommandLineRun.of("generate", "--units", "3", "--years", "1", "--region", "乙市");

        assertThat(again.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.errLines()).as(again.err()).isEqualTo(1);
        assertThat(again.err()).contains("乙市", "已有单位");
        assertThat(again.out()).isEmpty();
        assertThat(stored()).hasSize(3);
    }

    @Test
    void impossibleSizesAreRefusedWithOneLine() {
        CommandLineRun run = CommandLineRun.of("generate", "--units", "0", "--years", "5");

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    private record Stored(BigDecimal totalScore, String grade, long errors, long warnings, String status) {
    }

    private Map<String, Stored> stored() throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "");
                ResultSet rs = connection.createStatement().executeQuery("""
                        SELECT u.name, e.fiscal_year, e.total_score, e.grade, e.error_count, e.warning_count, e.status
                        FROM evaluation e JOIN unit u ON u.id = e.unit_id""")) {
            while (rs.next()) {
                rows.put(rs.getString(1) + rs.getInt(2), new Stored(rs.getBigDecimal(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6), rs.getString(7)));
            }
        }
        return rows;
    }
}
