package org.jixiao.review;

/**
 * 新建评价 as a person types it on its page or a client posts it to the API: the year, the kind, the project's name,
 * where it starts from, and for the library's suggestions the key tasks (one a line) and the goal they are to reach.
 * As typed, so that a wrong entry is shown back beside its field.
 */
public class NewEvaluationRequest {

    /** Where a new evaluation starts from. */
    public enum Start {
        /** Nothing but the unit, the year and the project's name. */
        BLANK,
        /** Last year's evaluation of the same kind (and project), as 申报下一年度 carries it. */
        LAST_YEAR,
        /** The library's suggested indicators for each key task typed in (for a project: the project). */
        LIBRARY,
        /** The goals approved for the year with the budget: their tasks, funds and indicators with their targets. */
        APPROVED_GOALS
    }

    private String year;
    private String kind = "DEPARTMENT_OVERALL";
    private String projectName;
    private String start = Start.BLANK.name();
    private String tasks;
    private String goal;

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }
}
