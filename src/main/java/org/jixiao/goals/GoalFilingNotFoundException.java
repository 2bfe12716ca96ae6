package org.jixiao.goals;

/** No goal sheet of that number, or none the actor may read (which is said the same way). */
public class GoalFilingNotFoundException extends RuntimeException {

    public GoalFilingNotFoundException(long id) {
        super("没有编号为 " + id + " 的绩效目标申报表");
    }
}
