package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.PdfSeal;
import org.jixiao.seal.Publication;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SigningKey;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code verify} as a reader of the portal uses it: the signed PDF as published verifies (exit 0) and says which
 * evaluation it is and who published it; a changed PDF or a PDF without a signature does not (exit 1); a JSON copy is
 * checked against the signed PDF and, where it differs, the fields are named; a file that is neither is exit 2.
 */
class VerifyCommandTest {

    @TempDir
    static Path dir;
    static EvaluationDocument seed;
    static Path signed;
    static Path json;

    @BeforeAll
    static void publish() throws IOException {
        seed = SeedDocument.load();
        byte[] pdf = ReportRenderer.render(seed, ReportFormat.PDF).content();
        Instant at = Instant.parse("2024-06-28T02:30:00Z");
        SigningKey key = SigningKey.generate("示例区财政局", SealProfile.INTERNATIONAL, at);
        Publication publication = new Publication(7, "广州市荔湾区妇女联合会", 2023,
                DocumentDigest.of(seed, SealProfile.INTERNATIONAL), "荔湾区财政局审核人", at, "示例区财政局");
        signed = Files.write(dir.resolve("signed.pdf"), PdfSeal.sign(pdf, key, publication, "公开绩效自评报告", "广州市荔湾区"));
        json = Files.writeString(dir.resolve("report.json"), DocumentJson.write(seed));
    }

    @Test
    void theSignedReportAsPublishedIsValidAndSaysWhatItIs() {
        CommandLineRun run = CommandLineRun.of("verify", signed.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = DocumentJson.parseTree(run.out());
        assertThat(report.path("valid").asBoolean()).isTrue();
        assertThat(report.path("signer").asString()).isEqualTo("示例区财政局（自签名演示证书）");
        assertThat(report.path("selfSigned").asBoolean()).isTrue();
        assertThat(report.path("publication").path("evaluation").asLong()).isEqualTo(7);
        assertThat(report.path("publication").path("unit").asString()).isEqualTo("广州市荔湾区妇女联合会");
        assertThat(report.path("publication").path("publishedBy").asString()).isEqualTo("荔湾区财政局审核人");
        assertThat(report.path("signedAt").asString()).isEqualTo("2024-06-28T02:30:00Z");
    }

    @Test
    void aChangedReportIsNotValid() throws IOException {
        byte[] bytes = Files.readAllBytes(signed);
        // one byte of the signing date in the signature's own dictionary, which the signature covers
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("(D:2024") + 6;
        bytes[at] = (byte) '5';
        Path changed = Files.write(dir.resolve("changed.pdf"), bytes);

        CommandLineRun run = CommandLineRun.of("verify", changed.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(DocumentJson.parseTree(run.out()).path("valid").asBoolean()).isFalse();
        assertThat(run.out()).contains("被改动");
    }

    @Test
    void anUnsignedReportIsNotValid() throws IOException {
        Path unsigned = Files.write(dir.resolve("unsigned.pdf"), ReportRenderer.render(seed, ReportFormat.PDF).content());

        CommandLineRun run = CommandLineRun.of("verify", unsigned.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("该 PDF 没有数字签名");
    }

    @Test
    void theDocumentAsPublishedMatchesTheSignedReport() {
        CommandLineRun run = CommandLineRun.of("verify", json.toString(), "--against", signed.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode report = DocumentJson.parseTree(run.out());
        assertThat(report.path("digest").asString()).isEqualTo(report.path("publishedDigest").asString());
        assertThat(report.path("differences").isEmpty()).isTrue();
    }

    @Test
    void aCopyWithAFigureChangedIsNamedWhereItDiffers() throws IOException {
        String budget = seed.funds().budget().toPlainString();
        String changedText = Files.readString(json).replaceFirst("\"budget\": " + budget, "\"budget\": 999.99");
        Path changed = Files.writeString(dir.resolve("changed.json"), changedText);

        CommandLineRun run = CommandLineRun.of("verify", changed.toString(), "--against", signed.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode differences = DocumentJson.parseTree(run.out()).path("differences");
        assertThat(differences.size()).isEqualTo(1);
        assertThat(differences.get(0).path("path").asString()).isEqualTo("$.funds.budget");
        assertThat(differences.get(0).path("before").asString()).isEqualTo(budget);
        assertThat(differences.get(0).path("after").asString()).isEqualTo("999.99");
    }

    @Test
    void aCopyAloneCannotProveItsPublication() {
        CommandLineRun run = CommandLineRun.of("verify", json.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("未提供已签名的 PDF");
    }

    @Test
    void aFileThatIsNeitherIsOneLineAndExitTwo() throws IOException {
        Path garbage = Files.writeString(dir.resolve("notes.txt"), "这不是报告");

        CommandLineRun run = CommandLineRun.of("verify", garbage.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
    }
}
