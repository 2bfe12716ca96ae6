package org.jixiao.library;

/** No entry of that code (or none the actor may see). */
public class LibraryEntryNotFoundException extends RuntimeException {

    public LibraryEntryNotFoundException(String code) {
        super("指标库中没有编码为 " + code + " 的指标");
    }
}
