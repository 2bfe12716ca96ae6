package org.jixiao.document;

/** How serious a finding is: an ERROR makes {@code validate} and {@code lint} exit 1. */
public enum Severity {
    ERROR, WARNING, INFO
}
