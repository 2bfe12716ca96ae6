package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.DocumentSyntaxException;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.InvalidDocumentException;
import tools.jackson.databind.JsonNode;

/** Reading the FILE arguments of the commands ('-' is standard input), with errors that name the file. */
final class InputFiles {

    static final String STDIN = "-";

    private InputFiles() {
    }

    /** The text of a document file. */
    static String text(String file) {
        try (InputStream in = open(file)) {
            return DocumentJson.readText(in);
        } catch (DocumentSyntaxException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": 文件不存在");
        } catch (IOException e) {
            throw new BadInputException(file + ": 无法读取：" + e.getMessage());
        }
    }

    static InputStream open(String file) throws IOException {
        if (STDIN.equals(file)) {
            return System.in;
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new BadInputException(file + ": 是目录，不是文件");
        }
        return Files.newInputStream(path);
    }

    /** The JSON tree of a file; broken JSON is reported as FILE:LINE:COLUMN. */
    static JsonNode tree(String file) {
        return tree(file, text(file));
    }

    /** The JSON tree of a file's text, read once (standard input can be read once only). */
    static JsonNode tree(String file, String text) {
        try {
            return DocumentJson.parseTree(text);
        } catch (DocumentSyntaxException e) {
            throw syntaxError(file, e);
        }
    }

    /** One document, or the documents of an exported array, all valid. */
    static List<EvaluationDocument> documents(String file) {
        return documents(file, text(file));
    }

    /** {@link #documents(String)} of a file's text, read once. */
    static List<EvaluationDocument> documents(String file, String text) {
        try {
            return DocumentJson.readAll(text);
        } catch (DocumentSyntaxException e) {
            throw syntaxError(file, e);
        } catch (InvalidDocumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /** Whether the JSON is a goal sheet (绩效目标申报表): its {@code schema} says {@value GoalSheet#SCHEMA}. */
    static boolean isGoalSheet(JsonNode tree) {
        JsonNode schema = tree.isObject() ? tree.get("schema") : null;
        return schema != null && schema.isString() && GoalSheet.SCHEMA.equals(schema.asString());
    }

    /** A goal sheet of a file's text, valid in its format; what is not is refused naming the file and the field. */
    static GoalSheet goalSheet(String file, String text) {
        try {
            return GoalJson.read(text);
        } catch (DocumentSyntaxException e) {
            throw syntaxError(file, e);
        } catch (InvalidDocumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    static BadInputException syntaxError(String file, DocumentSyntaxException e) {
        String at = e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
        return new BadInputException(file + at + ": " + e.getMessage());
    }
}
