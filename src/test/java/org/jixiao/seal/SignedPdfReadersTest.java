package org.jixiao.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.support.SkippedForMissingPackages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed report as others read it: poppler's {@code pdfsig} (the engine of common Linux readers) finds the
 * signature valid over the whole document, and {@code extract} reads the signed PDF as it read the unsigned one.
 */
class SignedPdfReadersTest {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    @Test
    void pdfsigFindsTheSignatureValidOverTheWholeDocument(@TempDir Path dir) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(PDFSIG);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs pdfsig (apt-get install poppler-utils)");
        }
        Assumptions.assumeTrue(installed, "pdfsig skipped: " + SkippedForMissingPackages.MARK
                + "pdfsig is not installed (Debian: apt-get install poppler-utils)");
        PdfSealTest.render();
        Path signed = dir.resolve("signed.pdf");
        Files.write(signed, PdfSealTest.signed(SealProfile.INTERNATIONAL));

        Process pdfsig = new ProcessBuilder(PDFSIG.toString(), signed.toString()).redirectErrorStream(true).start();
        String said = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(said).contains("Signature is Valid.").contains("Total document signed")
                .contains("ETSI.CAdES.detached").contains("示例区财政局（自签名演示证书）");
    }

    @Test
    void extractReadsTheSignedReportAsTheUnsignedOne() {
        PdfSealTest.render();
        ReportExtractor extractor = new ReportExtractor();

        EvaluationDocument unsigned = extractor.extract("report.pdf", PdfSealTest.pdf).document();
        EvaluationDocument signed = extractor.extract("report.pdf", PdfSealTest.signed(SealProfile.INTERNATIONAL))
                .document();

        assertThat(signed).isEqualTo(unsigned);
        assertThat(signed.department().name()).isEqualTo("广州市荔湾区妇女联合会");
    }
}
