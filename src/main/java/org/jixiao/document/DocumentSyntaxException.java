package org.jixiao.document;

/** Input that is not JSON at all: says where, by line and column (1-based; 0 where unknown). */
public class DocumentSyntaxException extends RuntimeException {

    private final int line;
    private final int column;

    public DocumentSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "第 3 行第 14 列：..." or the bare message where the place is unknown. */
    public String describe() {
        return line > 0 ? "第 " + line + " 行第 " + column + " 列：" + getMessage() : getMessage();
    }
}
