package org.jixiao.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A published report's PDF signed and checked as a reader would: the file as signed verifies, names its
 * publication and its signer; a byte changed, something appended after signing, or no signature at all is said so.
 */
class PdfSealTest {

    static final Instant PUBLISHED = Instant.parse("2024-06-28T02:30:00Z");
    static EvaluationDocument seed;
    static byte[] pdf;

    @BeforeAll
    static void render() {
        seed = SeedDocument.load();
        pdf = ReportRenderer.render(seed, ReportFormat.PDF).content();
    }

    static Publication publication(EvaluationDocument document, SealProfile profile) {
        return new Publication(42, document.department().name(), document.fiscalYear(),
                DocumentDigest.of(document, profile), "荔湾区财政局审核人", PUBLISHED, "示例区财政局");
    }

    static byte[] signed(SealProfile profile) {
        SigningKey key = SigningKey.generate("示例区财政局", profile, PUBLISHED);
        return PdfSeal.sign(pdf, key, publication(seed, profile), "公开绩效自评报告", "广州市荔湾区");
    }

    @ParameterizedTest
    @EnumSource(SealProfile.class)
    void theFileAsSignedVerifiesAndNamesItsPublicationAndSigner(SealProfile profile) {
        SealReport report = SealCheck.check(signed(profile));

        assertThat(report.valid()).as(report.problems().toString()).isTrue();
        assertThat(report.profile()).isEqualTo(profile);
        assertThat(report.signer()).isEqualTo("示例区财政局（自签名演示证书）");
        assertThat(report.selfSigned()).isTrue();
        assertThat(report.signedAt()).isEqualTo(PUBLISHED);
        assertThat(report.certificateFingerprint()).startsWith(profile.prefix() + ":");
        assertThat(report.publication().evaluationId()).isEqualTo(42);
        assertThat(report.publication().unit()).isEqualTo("广州市荔湾区妇女联合会");
        assertThat(report.publication().fiscalYear()).isEqualTo(2023);
        assertThat(report.publication().publishedBy()).isEqualTo("荔湾区财政局审核人");
        assertThat(report.publication().publishedAt()).isEqualTo(PUBLISHED);
        assertThat(report.publication().documentDigest()).isEqualTo(DocumentDigest.of(seed, profile));
    }

    @Test
    void oneByteChangedInTheSignedPartIsFound() {
        byte[] changed = signed(SealProfile.INTERNATIONAL);
        // a figure of the page's text stream: the first digit after the header
        int at = indexOf(changed, "stream".getBytes(StandardCharsets.US_ASCII), 2000) + 40;
        changed[at] = (byte) (changed[at] ^ 0x01);

        SealReport report = SealCheck.check(changed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("被改动"));
    }

    @Test
    void somethingAppendedAfterSigningIsFoundAndThePublicationIsTheSignedOnes() throws IOException {
        byte[] signed = signed(SealProfile.INTERNATIONAL);
        byte[] appended;
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setCustomMetadataValue("JixiaoUnit", "另一个单位");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            appended = out.toByteArray();
        }

        SealReport report = SealCheck.check(appended);

        assertThat(report.intact()).as("what was signed is unchanged").isTrue();
        assertThat(report.wholeFile()).isFalse();
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("签名之后"));
        assertThat(report.publication().unit()).isEqualTo("广州市荔湾区妇女联合会");
    }

    @Test
    void anUnsignedReportIsSaidToBeUnsigned() {
        SealReport report = SealCheck.check(pdf);

        assertThat(report.signed()).isFalse();
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).containsExactly("该 PDF 没有数字签名");
    }

    @Test
    void whatIsNoPdfIsRefusedInWords() {
        assertThatThrownBy(() -> SealCheck.check("不是 PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SealException.class).hasMessageContaining("不是可读取的 PDF");
    }

    @Test
    void aKeyKeptInAKeystoreSignsAfterARestart() {
        SigningKey generated = SigningKey.generate("示例区财政局", SealProfile.INTERNATIONAL, PUBLISHED);
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        generated.writeKeystore(p12, "口令".toCharArray(), "bureau");

        SigningKey loaded = SigningKey.fromKeystore(new ByteArrayInputStream(p12.toByteArray()), "口令".toCharArray(), null);
        byte[] signed = PdfSeal.sign(pdf, loaded, publication(seed, loaded.profile()), "公开绩效自评报告", "广州市荔湾区");

        assertThat(loaded.certificate()).isEqualTo(generated.certificate());
        assertThat(loaded.selfSigned()).isTrue();
        assertThat(SealCheck.check(signed).valid()).isTrue();
        assertThatThrownBy(() -> SigningKey.fromKeystore(new ByteArrayInputStream(p12.toByteArray()),
                "错误".toCharArray(), null)).isInstanceOf(SealException.class).hasMessageContaining("密码错误");
    }

    @ParameterizedTest
    @EnumSource(SealProfile.class)
    void aKeyKeptAsPemSignsAfterARestart(SealProfile profile) {
        SigningKey generated = SigningKey.generate("示例区财政局", profile, PUBLISHED);

        SigningKey loaded = SigningKey.fromPem(generated.toPem());
        SealReport report = SealCheck.check(PdfSeal.sign(pdf, loaded, publication(seed, profile), "公开绩效自评报告",
                "广州市荔湾区"));

        assertThat(loaded.certificate()).isEqualTo(generated.certificate());
        assertThat(loaded.profile()).isEqualTo(profile);
        assertThat(loaded.selfSigned()).isTrue();
        assertThat(report.valid()).as(report.problems().toString()).isTrue();
        assertThat(report.certificateFingerprint()).isEqualTo(generated.fingerprint());
        assertThat(generated.toPem()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThatThrownBy(() -> SigningKey.fromPem(generated.toPem().replaceAll(
                "(?s)-----BEGIN PRIVATE KEY-----.*-----END PRIVATE KEY-----", "")))
                .isInstanceOf(SealException.class).hasMessageContaining("缺少私钥");
    }

    @Test
    void theTwoProfilesAreToldApart() {
        assertThat(SealCheck.check(signed(SealProfile.GUOMI)).profile()).isEqualTo(SealProfile.GUOMI);
        assertThat(SealCheck.check(signed(SealProfile.INTERNATIONAL)).profile()).isEqualTo(SealProfile.INTERNATIONAL);
    }

    static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (data[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
