package org.jixiao.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files damaged the ways a tester damaged them, built byte by byte: for the reader of reports and for the uploads
 * of the pages and the API, which must say what is wrong without the libraries' words.
 */
public final class DamagedFiles {

    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";

    private DamagedFiles() {
    }

    /** A zip, but of a text file: no Office document. */
    public static byte[] zipOfAText() {
        return zip("说明.txt", "这不是 Word 文档");
    }

    /** Bytes that begin as a zip does and then are none. */
    public static byte[] brokenZip() {
        return "PK\u0003\u0004 this zip was cut short".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A Word package whole but for its text, whose XML breaks off in the first paragraph. */
    public static byte[] docxWithBrokenXml() {
        return zip("[Content_Types].xml", TYPES, "_rels/.rels", RELATIONSHIPS, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                        + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p <<");
    }

    /** A workbook whose xl/workbook.xml is broken XML. */
    public static byte[] xlsxWithBrokenXml() {
        return zip("[Content_Types].xml", TYPES, "xl/workbook.xml", "<workbook><sheets><sheet r:id=\"x\"");
    }

    /** A PDF whose cross-reference table is garbage and points past the file, and whose page tree is missing. */
    public static byte[] pdfWithBrokenXref() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 2\nnonsense\n"
                + "trailer << /Root 1 0 R /Size 2 >>\nstartxref\n999999\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
