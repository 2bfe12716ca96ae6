package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jixiao.support.DamagedFiles;
import org.jixiao.support.LibraryWords;
import org.junit.jupiter.api.Test;

/**
 * Files that are no report get one clear line naming the file and saying what is wrong, in Chinese: never a stack
 * trace, half a document, or the words of the library that failed on it (those are the exception's cause, for the log).
 */
class BadInputTest {

    private final ReportExtractor extractor = new ReportExtractor();

    @Test
    void anEmptyFile() {
        assertRefused("empty.txt", new byte[0], "empty.txt：文件为空");
    }

    @Test
    void textThatIsNoReport() {
        byte[] letter = "各位同事：\n周五下午三点在三楼会议室召开工作例会，请准时参加。\n办公室\n".getBytes(StandardCharsets.UTF_8);
        assertRefused("letter.txt", letter, "letter.txt：不是绩效自评报告");
    }

    @Test
    void blankText() {
        assertRefused("blank.txt", " \n\n\t \n".getBytes(StandardCharsets.UTF_8), "blank.txt：文件中没有文字");
    }

    @Test
    void binaryContent() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertRefused("noise.txt", noise, "noise.txt：不是文本文件");
        assertRefused("noise", noise, "noise：不是文本文件");
    }

    @Test
    void aPdfThatIsNoPdf() {
        assertRefused("report.pdf", "%PDF-1.7\nthis is not a PDF at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "report.pdf：不是有效的 PDF 文件或文件已损坏");
        assertRefused("report.pdf", "hello".getBytes(StandardCharsets.US_ASCII), "report.pdf：不是有效的 PDF 文件");
    }

    @Test
    void aPdfCutShort() {
        byte[] pdf = CorpusFiles.departmentPdf("d04-baiyun-civil-affairs-2020");

        assertRefused("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2), "cut.pdf：PDF 文件不完整");
    }

    @Test
    void aPdfWithItsContentScrambled() {
        byte[] pdf = CorpusFiles.departmentPdf("d04-baiyun-civil-affairs-2020");
        for (int i = 200; i < pdf.length - 200; i += 7) {
            pdf[i] = (byte) (pdf[i] ^ 0x5A);
        }

        assertThatThrownBy(() -> extractor.extract("scrambled.pdf", pdf))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("scrambled.pdf：")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> LibraryWords.assertNoneIn(e.getMessage()));
    }

    @Test
    void aPdfWithABrokenCrossReferenceTableSaysSoWithoutPdfBoxsWords() {
        assertThatThrownBy(() -> extractor.extract("xref.pdf", DamagedFiles.pdfWithBrokenXref()))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("xref.pdf：不是有效的 PDF 文件或文件已损坏：文件结构无法解析（可能下载不完整），请重新下载，"
                        + "或用 PDF 阅读器另存一份再试")
                .satisfies(e -> assertThat(e.getCause()).as("PDFBox's words kept for the log").isNotNull());
    }

    @Test
    void anEncryptedPdfNeedsItsPassword() throws IOException {
        assertRefused("secret.pdf", encryptedPdf("geheim"), "secret.pdf：PDF 已加密，需要密码才能打开");
    }

    @Test
    void aPdfProtectedOnlyAgainstEditingIsRead() throws IOException {
        byte[] pdf = encryptedPdf("");

        assertThatThrownBy(() -> extractor.extract("blank.pdf", pdf))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("没有文字（可能是扫描件");
    }

    @Test
    void aWordFileThatIsNoWordFile() {
        assertRefused("report.docx", DamagedFiles.brokenZip(), "report.docx：不是有效的 Word（.docx） 文件：压缩包已损坏或不完整");
        assertRefused("report.docx", "plain text".getBytes(StandardCharsets.UTF_8), "report.docx：不是有效的 Word（.docx） 文件");
    }

    @Test
    void aZipThatHoldsNoWordDocumentSaysWhatIsMissing() {
        assertRefused("notes.docx", DamagedFiles.zipOfAText(),
                "notes.docx：不是有效的 Word（.docx） 文件：压缩包中缺少 [Content_Types].xml，不是 Office 文档");
        assertRefused("hollow.docx", DamagedFiles.zip("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                "hollow.docx：不是有效的 Word（.docx） 文件：压缩包中缺少 word/document.xml（文档正文）");
    }

    @Test
    void aZipWhoseEntryNameIsNotTextIsADamagedFile() {
        // the name "Xord/document.xml" with its first byte made one no UTF-8 text starts with (as the robustness
        // properties' noise once made it): the zip cannot be listed, which is said, not thrown
        byte[] zip = DamagedFiles.zip("Xord/document.xml", "<w:document/>");
        for (int i = 0; i + 4 < zip.length; i++) {
            if (zip[i] == 'X' && zip[i + 1] == 'o' && zip[i + 2] == 'r' && zip[i + 3] == 'd') {
                zip[i] = (byte) 0xC3;
                zip[i + 1] = (byte) 0x28;
            }
        }

        assertRefused("garbled.docx", zip, "garbled.docx：不是有效的 Word（.docx） 文件");
    }

    @Test
    void aWordFileWhoseXmlIsBrokenNamesThePartAndWhereItBreaks() {
        assertThatThrownBy(() -> extractor.extract("broken.docx", DamagedFiles.docxWithBrokenXml()))
                .isInstanceOf(ExtractionException.class)
                .hasMessageMatching("broken\\.docx：不是有效的 Word（\\.docx） 文件：部件 word/document\\.xml 的 XML 已损坏"
                        + "（第 1 行第 \\d+ 列）")
                .satisfies(e -> LibraryWords.assertNoneIn(e.getMessage()));
    }

    @Test
    void anOldWordFile() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertRefused("report.doc", ole, "report.doc：旧版 Word/Excel 格式");
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }

        assertRefused("bomb.docx", bytes.toByteArray(),
                "bomb.docx：不是有效的 Word（.docx） 文件：部件 word/document.xml 解压后异常膨胀（疑似压缩炸弹），已拒绝读取");
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'a');
                served += len;
                return len;
            }
        };

        assertThatThrownBy(() -> extractor.extract("huge.txt", endless))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("huge.txt：文件超过 50 MB，不像一份自评报告");
    }

    @Test
    void aPdfWhoseCharacterMapRunsAwayIsRefusedAtOnce() throws IOException {
        byte[] damaged = withCharacterMaps(map -> "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 "
                + "begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <00000000> <7FFFFFFF> <0041> "
                + "endbfrange endcmap end end");

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertRefused("runaway.pdf", damaged, "runaway.pdf：第 1 页：字体编码表已损坏"));
    }

    @Test
    void aCharacterMapWithLigaturesAndCharactersBeyondTheBasicPlaneIsRead() throws IOException {
        // a bfchar's destination is text: ffi is three characters, 𠀀 a surrogate pair; neither is a range
        byte[] pdf = withCharacterMaps(map -> map.replace("endcmap",
                "2 beginbfchar <FFF0> <006600660069> <FFF1> <D840DC00> endbfchar endcmap"));

        ExtractionResult result = extractor.extract("ligatures.pdf", pdf);

        assertThat(result.document().department().name()).isNotBlank();
        assertThat(result.document().funds()).isNotNull();
    }

    /** The department's PDF with each font's ToUnicode map rewritten. */
    private static byte[] withCharacterMaps(UnaryOperator<String> edit) throws IOException {
        byte[] pdf = CorpusFiles.departmentPdf("d10-nansha-market-2023");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                var fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                for (COSName name : fonts.keySet()) {
                    COSDictionary font = (COSDictionary) fonts.getDictionaryObject(name);
                    COSStream cmap = (COSStream) font.getDictionaryObject(COSName.TO_UNICODE);
                    String map;
                    try (var in = cmap.createInputStream()) {
                        map = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    }
                    try (OutputStream out = cmap.createOutputStream()) {
                        out.write(edit.apply(map).getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readingThatTakesTooLongIsGivenUp() {
        assertThatThrownBy(() -> TimeLimit.run("slow.pdf", Duration.ofSeconds(1), () -> {
            Thread.sleep(60_000);
            return null;
        })).isInstanceOf(ExtractionException.class).hasMessage("slow.pdf：读取超过 1 秒仍未完成，文件结构异常，已放弃");
    }

    private void assertRefused(String file, byte[] content, String messageStart) {
        assertThatThrownBy(() -> extractor.extract(file, content))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> LibraryWords.assertNoneIn(e.getMessage()));
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
