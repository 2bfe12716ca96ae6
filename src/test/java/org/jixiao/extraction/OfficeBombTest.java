package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.support.DamagedFiles;
import org.jixiao.support.LibraryWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Spreadsheets and Word files made to exhaust the reader: a sheet that inflates a thousand times, XML nested a
 * hundred thousand levels, a workbook whose parts are missing. Each is refused with one line naming the file and
 * saying in Chinese what is wrong (not in POI's words), in bounded time, and the heap it takes stays small (a 64 MB
 * sheet is never inflated).
 */
@Timeout(30)
class OfficeBombTest {

    private final ReportExtractor extractor = new ReportExtractor();

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static final String TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    @Test
    void aSpreadsheetThatInflatesAThousandTimesIsRefusedWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bytes.size()).as("the bomb is small").isLessThan(200_000);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        assertOneLine("bomb.xlsx", bytes.toByteArray());

        long grown = runtime.totalMemory() - runtime.freeMemory() - before;
        assertThat(grown).as("heap taken by refusing a 64 MB sheet").isLessThan(48L << 20);
    }

    @Test
    void xmlNestedAHundredThousandLevelsIsRefused() throws IOException {
        String deep = "<w:p>".repeat(100_000) + "</w:p>".repeat(100_000);
        byte[] docx = zip("[Content_Types].xml", TYPES, "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + deep + "</w:body></w:document>");
        byte[] xlsx = zip("[Content_Types].xml", TYPES, "xl/workbook.xml", "<workbook>" + "<a>".repeat(100_000)
                + "</a>".repeat(100_000) + "</workbook>");

        assertOneLine("deep.docx", docx);
        assertOneLine("deep.xlsx", xlsx);
    }

    @Test
    void aWorkbookWithoutItsPartsIsRefused() throws IOException {
        assertOneLine("empty.xlsx", zip("[Content_Types].xml", TYPES));
        assertOneLine("garbage.xlsx", zip("[Content_Types].xml", TYPES, "xl/workbook.xml", "<workbook><sheets><sheet r:id=\"x\""));
        assertOneLine("notzip.xlsx", "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> extractor.extract("empty.xlsx", zip("[Content_Types].xml", TYPES)))
                .hasMessage("empty.xlsx：不是有效的 Excel（.xlsx） 文件：压缩包中缺少 xl/workbook.xml（工作簿）");
        assertThatThrownBy(() -> extractor.extract("garbage.xlsx", DamagedFiles.xlsxWithBrokenXml()))
                .hasMessage("garbage.xlsx：不是有效的 Excel（.xlsx） 文件：部件 xl/workbook.xml 的 XML 已损坏（第 1 行第 34 列）");
        assertThatThrownBy(() -> extractor.extract("notzip.xlsx", DamagedFiles.brokenZip()))
                .hasMessage("notzip.xlsx：不是有效的 Excel（.xlsx） 文件：压缩包已损坏或不完整");
    }

    private void assertOneLine(String file, byte[] content) {
        assertThatThrownBy(() -> extractor.extract(file, content))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(file).doesNotContain("\n"))
                .satisfies(e -> LibraryWords.assertNoneIn(e.getMessage()));
    }
}
