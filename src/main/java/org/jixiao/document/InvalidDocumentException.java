package org.jixiao.document;

import java.util.List;

/** JSON that is not an evaluation document of this format: the errors name the JSON path of each field. */
public class InvalidDocumentException extends RuntimeException {

    private final List<Finding> errors;

    public InvalidDocumentException(List<Finding> errors) {
        super(errors.isEmpty() ? "不是评价文档" : errors.get(0).path() + "：" + errors.get(0).message()
                + (errors.size() > 1 ? "（另有 " + (errors.size() - 1) + " 处错误）" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
