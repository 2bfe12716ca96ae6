package org.jixiao.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A template is untrusted input: before POI opens it, its zip is read entry by entry, counting what it inflates to
 * (not what the headers claim), and refused when it is too large, a zip bomb, holds macros or ActiveX, or reaches
 * outside itself (an external relationship, a linked picture, a remote template, a field that includes a file).
 */
final class TemplateSafety {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_ENTRIES = 1000;
    private static final long MAX_INFLATED = 50L * 1024 * 1024;
    /** An entry that inflates more than this many times its compressed size is a zip bomb's. */
    private static final int MAX_RATIO = 100;

    private static final Pattern EXTERNAL = Pattern.compile("<Relationship\\b[^>]*TargetMode=\"External\"[^>]*>");
    private static final Pattern HYPERLINK = Pattern.compile("Type=\"[^\"]*/hyperlink\"");
    private static final Pattern INCLUDING_FIELD = Pattern.compile(
            "(?i)(instrText[^>]*>|instr=\")\\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|DDE|DDEAUTO|IMPORT)\\b");

    private TemplateSafety() {
    }

    static void check(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docm") || lower.endsWith(".xlsm") || lower.endsWith(".dotm") || lower.endsWith(".xltm")) {
            throw new TemplateException(fileName + "：含宏的文件（.docm、.xlsm）不能作为模板，请另存为 .docx 或 .xlsx");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TemplateException(fileName + "：模板 " + bytes.length / 1024 + " KB，超过上限 " + MAX_BYTES / 1024
                    / 1024 + " MB");
        }
        int entries = 0;
        long inflated = 0;
        // what the zip has read of the file so far: an entry's compressed size is not in its header when the
        // writer streamed it, so the ratio is taken against what was read while inflating it
        ByteArrayInputStream file = new ByteArrayInputStream(bytes);
        try (ZipInputStream zip = new ZipInputStream(file, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            byte[] buffer = new byte[16 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new TemplateException(fileName + "：压缩包内文件超过 " + MAX_ENTRIES + " 个，不像 Word 或 Excel 模板");
                }
                String name = entry.getName();
                refuseActiveParts(fileName, name);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                ByteArrayOutputStream text = xml ? new ByteArrayOutputStream() : null;
                long size = 0;
                int start = bytes.length - file.available();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    inflated += read;
                    if (inflated > MAX_INFLATED) {
                        throw new TemplateException(fileName + "：解压后超过 " + MAX_INFLATED / 1024 / 1024 + " MB，拒绝处理");
                    }
                    long compressed = Math.max(1, bytes.length - file.available() - start);
                    if (size > 1024 * 1024 && size / compressed > MAX_RATIO) {
                        throw new TemplateException(fileName + "：" + name + " 压缩比异常（疑似压缩炸弹），拒绝处理");
                    }
                    if (text != null) {
                        text.write(buffer, 0, read);
                    }
                }
                if (text != null) {
                    refuseReachingOut(fileName, name, text.toString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new TemplateException(fileName + "：不是有效的 Word（.docx）或 Excel（.xlsx）文件", e);
        }
        if (entries == 0) {
            throw new TemplateException(fileName + "：不是有效的 Word（.docx）或 Excel（.xlsx）文件");
        }
    }

    private static void refuseActiveParts(String fileName, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("vbaproject") || lower.contains("vbadata")) {
            throw new TemplateException(fileName + "：含宏（" + name + "），模板不能含宏");
        }
        if (lower.contains("activex") || lower.contains("oleobject") || lower.contains("/embeddings/")) {
            throw new TemplateException(fileName + "：含嵌入对象或控件（" + name + "），模板不能含");
        }
        if (lower.contains("..") || lower.startsWith("/")) {
            throw new TemplateException(fileName + "：压缩包内路径异常（" + name + "）");
        }
    }

    private static void refuseReachingOut(String fileName, String name, String xml) {
        if (name.equals("[Content_Types].xml") && xml.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw new TemplateException(fileName + "：是启用宏的文件，模板不能含宏");
        }
        Matcher external = EXTERNAL.matcher(xml);
        while (external.find()) {
            if (!HYPERLINK.matcher(external.group()).find()) { // a hyperlink is followed by a reader, never fetched
                throw new TemplateException(fileName + "：" + name + " 引用了外部文件或网址（链接的图片、远程模板等），模板须自包含");
            }
        }
        Matcher field = INCLUDING_FIELD.matcher(xml);
        if (field.find()) {
            throw new TemplateException(fileName + "：" + name + " 含引入外部内容的域 " + field.group(2).toUpperCase(Locale.ROOT)
                    + "，模板须自包含");
        }
    }
}
