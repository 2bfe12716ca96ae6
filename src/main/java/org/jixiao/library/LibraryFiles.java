package org.jixiao.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jixiao.document.Comparison;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.JsonSyntax;
import org.jixiao.extraction.ExtractionException;
import org.jixiao.extraction.XlsxTable;
import org.jixiao.rendering.TableWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library as files: JSON (the shipped library's format, {@code jixiao/indicator-library/v1}) and an Excel
 * sheet with one row per entry and Chinese headers and labels, both read back to the same entries. A file that
 * cannot be read is refused with one line saying where.
 */
final class LibraryFiles {

    static final String SCHEMA = "jixiao/indicator-library/v1";
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The sheet's columns, in order; reading finds them by these headers. */
    static final List<String> HEADERS = List.of("编码", "工作类型", "一级指标", "二级指标", "三级指标", "指标解释", "计算公式",
            "计量单位", "指标方向", "目标值依据", "示例目标值", "通用指标", "关键词", "别名", "状态", "版本");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private LibraryFiles() {
    }

    /** An entry of a file: the content, and where the file says so its status (in use or retired) and version. */
    record FileEntry(String code, WorkKind kind, IndicatorCategory level1, IndicatorSubcategory level2, String name,
            String definition, String formula, String unit, Comparison comparator, TargetBasis targetBasis,
            List<String> exampleTargets, boolean generic, List<String> keywords, List<String> aliases,
            EntryStatus status, Integer version) {

        static FileEntry of(LibraryEntry entry) {
            LibraryIndicator i = entry.indicator();
            return new FileEntry(i.code(), i.kind(), i.level1(), i.level2(), i.name(), i.definition(), i.formula(),
                    i.unit(), i.comparator(), i.targetBasis(), i.exampleTargets(), i.generic(), i.keywords(),
                    i.aliases(), entry.status(), entry.version());
        }

        LibraryIndicator indicator() {
            return new LibraryIndicator(code, kind, level1, level2, name, definition, formula, unit, comparator,
                    targetBasis, exampleTargets, generic, keywords, aliases);
        }

        /** In use unless the file says retired; a proposal cannot be imported. */
        EntryStatus statusOrActive() {
            return status == null ? EntryStatus.ACTIVE : status;
        }
    }

    record LibraryFile(String schema, List<FileEntry> indicators) {
    }

    static byte[] json(List<LibraryEntry> entries) {
        return JSON.writeValueAsBytes(new LibraryFile(SCHEMA, entries.stream().map(FileEntry::of).toList()));
    }

    static byte[] xlsx(List<LibraryEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (LibraryEntry entry : entries) {
            LibraryIndicator i = entry.indicator();
            rows.add(Arrays.asList(i.code(), i.kind().label(), i.level1().label(), i.level2().label(), i.name(),
                    i.definition(), i.formula(), i.unit(), i.comparator().symbol(), i.targetBasis().label(),
                    String.join("\n", i.exampleTargets()), i.generic() ? "是" : "否", String.join(" ", i.keywords()),
                    String.join("\n", i.aliases()), entry.status().label(), entry.version()));
        }
        return TableWorkbook.write("指标库", HEADERS, rows);
    }

    /** The entries of a .json or .xlsx file, by its name's extension. */
    static List<FileEntry> read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw new IllegalArgumentException(fileName + "：文件是空的");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(fileName + "：文件超过 " + (MAX_BYTES >> 20) + " MB");
        }
        if (name.endsWith(".json")) {
            return readJson(fileName, bytes);
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(fileName, bytes);
        }
        throw new IllegalArgumentException(fileName + "：只能导入 .json 或 .xlsx 文件");
    }

    static List<FileEntry> readJson(String fileName, byte[] bytes) {
        LibraryFile file;
        try {
            file = JSON.readValue(bytes, LibraryFile.class);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException(fileName + "：不是有效的指标库 JSON 文件"
                    + (at == null || at.getLineNr() <= 0 ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）")
                    + "：" + JsonSyntax.describe(e));
        }
        if (file == null || !SCHEMA.equals(file.schema()) || file.indicators() == null) {
            throw new IllegalArgumentException(fileName + "：不是指标库文件（应有 \"schema\": \"" + SCHEMA + "\" 和 indicators）");
        }
        return file.indicators();
    }

    static List<FileEntry> readXlsx(String fileName, byte[] bytes) {
        List<List<String>> rows;
        try {
            rows = XlsxTable.firstSheet(fileName, bytes);
        } catch (ExtractionException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(fileName + "：工作表是空的");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        int[] column = new int[HEADERS.size()];
        for (int c = 0; c < HEADERS.size(); c++) {
            column[c] = header.indexOf(HEADERS.get(c));
            if (column[c] < 0 && c < HEADERS.size() - 2) {
                throw new IllegalArgumentException(fileName + "：第 1 行缺少列“" + HEADERS.get(c) + "”");
            }
        }
        List<FileEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                entries.add(entry(row, column));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(fileName + " 第 " + (r + 1) + " 行：" + e.getMessage());
            }
        }
        return entries;
    }

    private static FileEntry entry(List<String> row, int[] column) {
        String status = cell(row, column[14]);
        String version = cell(row, column[15]);
        return new FileEntry(cell(row, column[0]), WorkKind.parse(cell(row, column[1])),
                category(cell(row, column[2])), subcategory(cell(row, column[3])), cell(row, column[4]),
                cell(row, column[5]), cell(row, column[6]), cell(row, column[7]), comparator(cell(row, column[8])),
                TargetBasis.parse(cell(row, column[9])), lines(cell(row, column[10])), yes(cell(row, column[11])),
                List.of(cell(row, column[12]).split("\\s+")), lines(cell(row, column[13])),
                status.isEmpty() ? null : EntryStatus.parse(status), version.isEmpty() ? null : number(version));
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() || row.get(column) == null ? "" : row.get(column).strip();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\\R"));
    }

    private static boolean yes(String text) {
        return switch (text) {
            case "是", "true", "TRUE", "Y", "y" -> true;
            case "否", "false", "FALSE", "N", "n", "" -> false;
            default -> throw new IllegalArgumentException("“通用指标”应为“是”或“否”，而不是“" + text + "”");
        };
    }

    private static Integer number(String text) {
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("“版本”应为整数，而不是“" + text + "”");
        }
    }

    private static IndicatorCategory category(String text) {
        for (IndicatorCategory c : IndicatorCategory.values()) {
            if (c.name().equals(text) || c.label().equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("未知的一级指标“" + text + "”");
    }

    private static IndicatorSubcategory subcategory(String text) {
        for (IndicatorSubcategory c : IndicatorSubcategory.values()) {
            if (c.name().equals(text) || c.label().equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("未知的二级指标“" + text + "”");
    }

    private static Comparison comparator(String text) {
        String symbol = switch (text) {
            case "≥" -> ">=";
            case "≤" -> "<=";
            case "定性" -> "QUALITATIVE";
            default -> text;
        };
        try {
            return Comparison.fromSymbol(symbol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("未知的指标方向“" + text + "”（应为 >=、<=、=、>、< 或 QUALITATIVE）");
        }
    }
}
