package org.jixiao.rendering;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.render.compute.EnvModel;
import com.deepoove.poi.render.compute.RenderDataCompute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word templates: scanned with {@link TemplateScanner}, filled by poi-tl (which joins a placeholder Word split
 * across runs and keeps each run's font). poi-tl is configured so that a placeholder reads data and nothing else:
 * tag names are plain words (no dots, no calls), values come from maps of text by name only (no reflection, never
 * SpEL), and its pictures, numbered lists, included documents and charts, which would read a path or a URL from
 * the data, are switched off.
 */
final class DocxTemplates {

    private static final RenderPolicy REFUSED = (tag, data, template) -> {
        throw new TemplateException("占位符“" + tag.getSource() + "”不受支持");
    };

    private DocxTemplates() {
    }

    static List<Placeholder> scan(XWPFDocument docx) {
        TemplateScanner scanner = new TemplateScanner(true);
        body(scanner, docx, "");
        for (XWPFHeaderFooter header : docx.getHeaderList()) {
            body(scanner, header, "页眉");
        }
        for (XWPFHeaderFooter footer : docx.getFooterList()) {
            body(scanner, footer, "页脚");
        }
        return scanner.finish();
    }

    private static void body(TemplateScanner scanner, IBody body, String part) {
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                scanner.text(paragraph.getText(), part + "第" + ++paragraphs + "段", false);
            } else if (element instanceof XWPFTable table) {
                table(scanner, table, part + "表格" + ++tables);
            }
        }
    }

    private static void table(TemplateScanner scanner, XWPFTable table, String name) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            boolean repeated = scanner.rowStart();
            for (int c = 0; c < cells.size(); c++) {
                String where = name + "第" + (r + 1) + "行第" + (c + 1) + "列";
                for (XWPFParagraph paragraph : cells.get(c).getParagraphs()) {
                    scanner.cell(paragraph.getText(), where, repeated);
                }
            }
            scanner.rowEnd(repeated);
        }
        if (scanner.rowList() != null) {
            throw new TemplateException(name + "：“{{#" + scanner.rowList() + "}}”在表格最后一行，其下没有逐项重复的行");
        }
    }

    static void render(byte[] template, Map<String, Object> data, OutputStream out) throws IOException {
        ConfigureBuilder builder = Configure.builder().buildGrammerRegex("[A-Za-z][A-Za-z0-9]*")
                .setRenderDataComputeFactory(model -> new MapsOnly(model, data));
        for (char sign : new char[] {'@', '#', '*', '+', '='}) {
            builder.addPlugin(sign, REFUSED);
        }
        for (String list : TemplateFields.LISTS.keySet()) {
            builder.bind(list, new LoopRowTableRenderPolicy());
        }
        try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), builder.build())) {
            filled.render(data);
            filled.write(out);
        }
    }

    /**
     * A placeholder's value: the current item's (a row or section of a list), else the document's; blank text is
     * no value, so that {{?leader}}…{{/leader}} leaves out what the document leaves empty.
     */
    private record MapsOnly(EnvModel model, Map<String, Object> data) implements RenderDataCompute {

        @Override
        public Object compute(String name) {
            Object value = null;
            if (model.getRoot() instanceof Map<?, ?> item && item.containsKey(name)) {
                value = item.get(name);
            } else if (model.getEnv() != null && model.getEnv().containsKey(name)) {
                value = model.getEnv().get(name);
            } else {
                value = data.get(name);
            }
            return value instanceof String text && text.isBlank() ? null : value;
        }
    }
}
