package org.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes goal sheets as JSON, the way {@link DocumentJson} does evaluation documents: numbers exact, Chinese
 * unescaped, unknown fields kept. Reading refuses, all at once and by JSON path, what is not a sheet of this format.
 */
public final class GoalJson {

    private GoalJson() {
    }

    /** Reads one sheet; throws {@link DocumentSyntaxException} for broken JSON, {@link InvalidDocumentException} else. */
    public static GoalSheet read(String json) {
        JsonNode root = DocumentJson.parseTree(json);
        List<Finding> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidDocumentException(List.of(Finding.at(FindingCode.INVALID_FIELD, Severity.ERROR, "$",
                    "应为绩效目标申报表（JSON 对象）", null)));
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isString() || !GoalSheet.SCHEMA.equals(schema.asString())) {
            throw new InvalidDocumentException(List.of(Finding.at(FindingCode.INVALID_FIELD, Severity.ERROR, "$.schema",
                    "schema 应为 \"" + GoalSheet.SCHEMA + "\"，实为 " + (schema == null ? "空" : schema.toString()), null)));
        }
        GoalSheet sheet;
        try {
            sheet = DocumentJson.mapper().treeToValue(root, GoalSheet.class);
        } catch (JacksonException e) {
            throw new InvalidDocumentException(List.of(Finding.at(FindingCode.INVALID_FIELD, Severity.ERROR,
                    JsonSyntax.path(e), JsonSyntax.describe(e), null)));
        }
        GoalChecks.format(sheet).stream().filter(Finding::isError).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        return sheet;
    }

    public static String write(GoalSheet sheet) {
        return DocumentJson.write(sheet);
    }

    /** One line, for storing a sheet in a column. */
    public static String compact(GoalSheet sheet) {
        return DocumentJson.compact(sheet);
    }
}
