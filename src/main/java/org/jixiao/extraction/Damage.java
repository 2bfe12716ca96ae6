package org.jixiao.extraction;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What is wrong with a file PDFBox or POI could not read, said in Chinese: which part of it and where, as far as
 * the file itself tells. The libraries' own words (class names, English parser messages, offsets) are kept as the
 * exception's cause, for the server's log, and never put into the message a user reads.
 */
final class Damage {

    /** POI's refusal of an entry that inflates beyond its limits: it has no exception type of its own. */
    private static final String ZIP_BOMB = "Zip bomb detected";
    /** The entry POI names after such a refusal. */
    private static final Pattern BOMB_ENTRY = Pattern.compile("Entry: ([\\w./\\[\\]-]{1,120})");
    /** How much of a damaged zip's parts is inflated to find the broken one: far more than any report holds. */
    private static final long SCANNED = 64L << 20;

    private Damage() {
    }

    /** A DOCX or XLSX POI refused; {@code format} is how users name it, Word（.docx） or Excel（.xlsx）. */
    static ExtractionException office(String file, String format, byte[] bytes, Throwable failure) {
        String main = format.startsWith("Word") ? "word/document.xml" : "xl/workbook.xml";
        return new ExtractionException(file + "：不是有效的 " + format + " 文件：" + officeProblem(bytes, main, failure),
                failure);
    }

    /** A PDF PDFBox refused: while opening it (page 0), or while reading the text of a page. */
    static ExtractionException pdf(String file, int page, Throwable failure) {
        String what;
        if (failure instanceof StackOverflowError) {
            what = "文件结构嵌套过深，无法读取";
        } else if (page > 0) {
            what = "第 " + page + " 页：页面内容已损坏，无法读取文字";
        } else {
            what = "文件结构无法解析（可能下载不完整），请重新下载，或用 PDF 阅读器另存一份再试";
        }
        return new ExtractionException(file + "：不是有效的 PDF 文件或文件已损坏：" + what, failure);
    }

    /** A file the libraries failed on in a way none of the above foresees. */
    static ExtractionException unreadable(String file, Throwable failure) {
        return new ExtractionException(file + "：无法读取，文件结构异常", failure);
    }

    private static String officeProblem(byte[] bytes, String main, Throwable failure) {
        String bomb = bombEntry(failure);
        if (bomb != null) {
            return (bomb.isEmpty() ? "其中一个部件" : "部件 " + bomb + " ") + "解压后异常膨胀（疑似压缩炸弹），已拒绝读取";
        }
        Set<String> parts = new LinkedHashSet<>();
        String broken;
        try {
            broken = brokenXml(bytes, parts);
        } catch (IOException e) {
            return "压缩包已损坏或不完整";
        }
        if (broken != null) {
            return broken;
        }
        if (parts.isEmpty()) {
            return "压缩包已损坏或不完整";
        }
        if (!parts.contains("[Content_Types].xml")) {
            return "压缩包中缺少 [Content_Types].xml，不是 Office 文档";
        }
        if (!parts.contains(main)) {
            return "压缩包中缺少 " + main + "（" + (main.startsWith("word") ? "文档正文" : "工作簿") + "）";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return "XML 嵌套层级过深，无法读取";
            }
        }
        return "文件结构已损坏，请用 Office 或 WPS 打开后另存一份再试";
    }

    /** The entry of a zip bomb POI refused ("" where it names none), or null where the failure is no such refusal. */
    private static String bombEntry(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.startsWith(ZIP_BOMB)) {
                Matcher entry = BOMB_ENTRY.matcher(message);
                return entry.find() ? entry.group(1) : "";
            }
        }
        return null;
    }

    /**
     * The first XML part of the zip that is not well-formed, as "部件 NAME 的 XML 已损坏（第 L 行第 C 列）", or null;
     * the names of the parts read are added to {@code parts}. An XML parser of the JDK's, refusing DTDs, reads each
     * part as it is inflated, up to {@link #SCANNED} bytes in all.
     */
    private static String brokenXml(byte[] bytes, Set<String> parts) throws IOException {
        SAXParser parser = parser();
        long[] inflated = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                parts.add(name);
                if (!(name.endsWith(".xml") || name.endsWith(".rels")) || parser == null) {
                    continue;
                }
                try {
                    parser.reset();
                    parser.parse(new Counted(zip, inflated), new DefaultHandler());
                } catch (SAXParseException e) {
                    if (inflated[0] > SCANNED) {
                        return null; // cut off by the limit, not broken
                    }
                    return "部件 " + shown(name) + " 的 XML 已损坏"
                            + (e.getLineNumber() > 0 ? "（第 " + e.getLineNumber() + " 行第 " + e.getColumnNumber() + " 列）" : "");
                } catch (SAXException e) {
                    return "部件 " + shown(name) + " 的 XML 已损坏";
                }
                if (inflated[0] > SCANNED) {
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            return null; // an entry's name is not even UTF-8: a damaged zip, which the caller says without a part
        }
        return null;
    }

    /** A part's name as the file has it, where it is a plain one; others are not repeated to the user. */
    private static String shown(String name) {
        return name.matches("[\\w./\\[\\]-]{1,120}") ? name : "（名称异常）";
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            return null; // no parser: the part is not named, the rest is still said
        }
    }

    /** One zip entry's bytes, counted against the limit of the scan, and never closing the zip. */
    private static final class Counted extends FilterInputStream {

        private final long[] inflated;

        Counted(InputStream in, long[] inflated) {
            super(in);
            this.inflated = inflated;
        }

        @Override
        public int read() throws IOException {
            if (inflated[0] > SCANNED) {
                return -1;
            }
            int b = super.read();
            inflated[0] += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (inflated[0] > SCANNED) {
                return -1;
            }
            int n = super.read(buffer, offset, length);
            inflated[0] += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() {
            // the next entry is read from the same stream
        }
    }
}
