package org.jixiao.evaluation;

/** No evaluation with this id (or none the actor may see: the two are not told apart, so as not to leak). */
public class EvaluationNotFoundException extends RuntimeException {

    private final long id;

    public EvaluationNotFoundException(long id) {
        super("没有编号为 " + id + " 的评价");
        this.id = id;
    }

    /** The number asked for. */
    public long id() {
        return id;
    }
}
