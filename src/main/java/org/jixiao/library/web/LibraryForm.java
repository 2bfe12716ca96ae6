package org.jixiao.library.web;

import java.util.Arrays;
import java.util.List;
import org.jixiao.document.Comparison;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.library.LibraryEntry;
import org.jixiao.library.LibraryIndicator;
import org.jixiao.library.TargetBasis;
import org.jixiao.library.WorkKind;

/** A library entry as its form posts it: lists one item a line (keywords separated by spaces). */
public class LibraryForm {

    private int version;
    private String kind;
    private String level1;
    private String level2;
    private String name;
    private String definition;
    private String formula;
    private String unit;
    private String comparator = ">=";
    private String targetBasis;
    private String exampleTargets;
    private boolean generic;
    private String keywords;
    private String aliases;
    private String note;

    static LibraryForm of(LibraryEntry entry) {
        LibraryIndicator i = entry.indicator();
        LibraryForm form = new LibraryForm();
        form.version = entry.version();
        form.kind = i.kind().name();
        form.level1 = i.level1().name();
        form.level2 = i.level2().name();
        form.name = i.name();
        form.definition = i.definition();
        form.formula = i.formula();
        form.unit = i.unit();
        form.comparator = i.comparator().symbol();
        form.targetBasis = i.targetBasis().name();
        form.exampleTargets = String.join("\n", i.exampleTargets());
        form.generic = i.generic();
        form.keywords = String.join(" ", i.keywords());
        form.aliases = String.join("\n", i.aliases());
        return form;
    }

    /** The content the form describes; a choice that is not one of the lists is refused with a message. */
    LibraryIndicator toIndicator() {
        return new LibraryIndicator(null, blank(kind) ? null : WorkKind.parse(kind),
                blank(level1) ? null : choice("一级指标", level1, IndicatorCategory.values()),
                blank(level2) ? null : choice("二级指标", level2, IndicatorSubcategory.values()), name, definition,
                formula, unit, blank(comparator) ? null : comparator(comparator),
                blank(targetBasis) ? null : TargetBasis.parse(targetBasis), lines(exampleTargets), generic,
                blank(keywords) ? List.of() : Arrays.asList(keywords.strip().split("\\s+")), lines(aliases));
    }

    /** One of the list's values by its name; a value no list offers is said so (Enum.valueOf would name the class). */
    private static <E extends Enum<E>> E choice(String field, String value, E[] values) {
        for (E constant : values) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + "“" + value + "”不是可选的值，请从列表中选择");
    }

    private static Comparison comparator(String symbol) {
        try {
            return Comparison.fromSymbol(symbol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("指标方向“" + symbol + "”不是可选的值（应为 >=、<=、=、>、< 或定性）");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> lines(String text) {
        return blank(text) ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLevel1() {
        return level1;
    }

    public void setLevel1(String level1) {
        this.level1 = level1;
    }

    public String getLevel2() {
        return level2;
    }

    public void setLevel2(String level2) {
        this.level2 = level2;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getFormula() {
        return formula;
    }

    public void setFormula(String formula) {
        this.formula = formula;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getComparator() {
        return comparator;
    }

    public void setComparator(String comparator) {
        this.comparator = comparator;
    }

    public String getTargetBasis() {
        return targetBasis;
    }

    public void setTargetBasis(String targetBasis) {
        this.targetBasis = targetBasis;
    }

    public String getExampleTargets() {
        return exampleTargets;
    }

    public void setExampleTargets(String exampleTargets) {
        this.exampleTargets = exampleTargets;
    }

    public boolean isGeneric() {
        return generic;
    }

    public void setGeneric(boolean generic) {
        this.generic = generic;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
