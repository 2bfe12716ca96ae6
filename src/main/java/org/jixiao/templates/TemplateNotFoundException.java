package org.jixiao.templates;

/** No template of that number, or none the actor may see: the same answer, so that nothing leaks. */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(long id) {
        super("没有编号为 " + id + " 的模板");
    }
}
