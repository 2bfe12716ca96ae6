package org.jixiao.exante;

/** No request of that number. */
public class ExAnteNotFoundException extends RuntimeException {

    public ExAnteNotFoundException(long id) {
        super("没有编号为 " + id + " 的事前绩效评估申请");
    }
}
