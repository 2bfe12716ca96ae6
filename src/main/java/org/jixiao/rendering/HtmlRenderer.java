package org.jixiao.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jixiao.rendering.ReportElement.Appendix;
import org.jixiao.rendering.ReportElement.Form;
import org.jixiao.rendering.ReportElement.Grid;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportElement.Paragraph;

/**
 * The report as one standalone HTML page (inline CSS, no scripts, every text escaped): the web preview, and
 * printable on A4 with the margins and faces of GB/T 9704 where the reader has them.
 */
final class HtmlRenderer {

    private static final String STYLE = """
            body{margin:0;background:#eee;color:#000}
            .page{box-sizing:border-box;width:210mm;margin:8mm auto;padding:37mm 26mm 35mm 28mm;background:#fff;
              font-family:"仿宋_GB2312","FangSong_GB2312","FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;
              font-size:16pt;line-height:22.75pt;text-align:justify}
            .unit{text-align:center;font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S","STZhongsong","Noto Serif CJK SC",serif;
              font-size:22pt;letter-spacing:.3em;margin:0 0 11pt}
            h1{text-align:center;font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S","STZhongsong","Noto Serif CJK SC",serif;
              font-size:22pt;line-height:35pt;font-weight:bold;margin:0 0 22.75pt}
            h2,h3,h4,p{margin:0;text-indent:2em;font-size:16pt}
            h2{font-family:"黑体","SimHei","STHeiti","Noto Sans CJK SC",sans-serif;font-weight:normal}
            h3{font-family:"楷体_GB2312","KaiTi_GB2312","KaiTi","STKaiti","LXGW WenKai",serif;font-weight:normal}
            h4{font-weight:bold}
            p.gap{color:#a00}
            table{border-collapse:collapse;width:100%;margin:6pt 0 11pt;font-size:12pt;line-height:16pt;text-indent:0}
            th,td{border:1px solid #000;padding:2pt 3pt;vertical-align:middle}
            th{font-weight:bold;text-align:center}
            td.c{text-align:center}
            caption{font-weight:bold;font-size:14pt;line-height:22pt;padding-bottom:4pt}
            tr{break-inside:avoid;page-break-inside:avoid}
            section.appendix{break-before:page;page-break-before:always;margin-top:22.75pt}
            section.appendix>h2{text-indent:0}
            @page{size:A4;margin:37mm 26mm 35mm 28mm}
            @media print{body{background:none}.page{width:auto;margin:0;padding:0}
              section.appendix{margin-top:0}}
            """;

    private HtmlRenderer() {
    }

    static void write(ReportOutline outline, OutputStream out) throws IOException {
        out.write(html(outline).getBytes(StandardCharsets.UTF_8));
    }

    static String html(ReportOutline outline) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(outline.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<article class=\"page\">\n");
        if (!outline.unitName().isEmpty()) {
            html.append("<p class=\"unit\">").append(escape(outline.unitName())).append("</p>\n");
        }
        html.append("<h1>").append(escape(outline.title())).append("</h1>\n");
        boolean inAppendix = false;
        for (ReportElement element : outline.elements()) {
            if (element instanceof Heading heading) {
                String tag = "h" + (heading.level() + 1);
                html.append('<').append(tag).append('>').append(escape(heading.text())).append("</").append(tag)
                        .append(">\n");
            } else if (element instanceof Paragraph paragraph) {
                html.append(paragraph.gap() ? "<p class=\"gap\">" : "<p>");
                if (paragraph.label() != null) {
                    html.append("<strong>").append(escape(paragraph.label())).append("</strong>");
                }
                html.append(escape(paragraph.text())).append("</p>\n");
            } else if (element instanceof IndicatorTable table) {
                grid(html, TableLayout.of(table), null);
            } else if (element instanceof Appendix appendix) {
                html.append("<section class=\"appendix\">\n<h2>").append(escape(appendix.title())).append("</h2>\n");
                inAppendix = true;
            } else if (element instanceof Form form) {
                grid(html, TableLayout.of(form.form()), form.form().caption());
            } else if (element instanceof Grid grid) {
                grid(html, grid.layout(), grid.caption());
            }
        }
        if (inAppendix) {
            html.append("</section>\n");
        }
        html.append("</article>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void grid(StringBuilder html, TableLayout grid, String caption) {
        html.append("<table>\n");
        if (caption != null) {
            html.append("<caption>").append(escape(caption)).append("</caption>\n");
        }
        html.append("<colgroup>");
        int total = grid.widths().stream().mapToInt(Integer::intValue).sum();
        for (int width : grid.widths()) {
            html.append("<col style=\"width:").append(width * 100 / total).append("%\">");
        }
        html.append("</colgroup>\n");
        for (TableLayout.Row row : grid.rows()) {
            html.append("<tr>");
            for (TableLayout.Cell cell : row.cells()) {
                String tag = cell.head() ? "th" : "td";
                html.append('<').append(tag);
                if (cell.span() > 1) {
                    html.append(" colspan=\"").append(cell.span()).append('"');
                }
                if (!cell.head() && cell.center()) {
                    html.append(" class=\"c\"");
                }
                html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
