package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.web.IndicatorCells;

/**
 * The workspace form as the browser posts it: every part of an evaluation, numbers as typed (so that a wrong
 * entry can be shown back with its error), lists in order. Built from and turned into a document by
 * {@link EvaluationFormMapper}.
 */
public class EvaluationForm {

    private long version;
    private List<String> functions = new ArrayList<>();
    private FundsForm funds = new FundsForm();
    private List<String> goals = new ArrayList<>();
    private List<KeyTaskForm> keyTasks = new ArrayList<>();
    private String conclusion;
    private List<String> achievements = new ArrayList<>();
    private List<String> problems = new ArrayList<>();
    private List<String> measures = new ArrayList<>();
    /** 单位自评得分 and 自评等级 as typed: the score the report states for itself. */
    private String statedTotal;
    private String statedGrade;
    /** The sentence they were read from, shown beside them; never taken from a post. */
    private String statedText;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<String> getFunctions() {
        return functions;
    }

    public void setFunctions(List<String> functions) {
        this.functions = functions;
    }

    public FundsForm getFunds() {
        return funds;
    }

    public void setFunds(FundsForm funds) {
        this.funds = funds;
    }

    public List<String> getGoals() {
        return goals;
    }

    public void setGoals(List<String> goals) {
        this.goals = goals;
    }

    public List<KeyTaskForm> getKeyTasks() {
        return keyTasks;
    }

    public void setKeyTasks(List<KeyTaskForm> keyTasks) {
        this.keyTasks = keyTasks;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public List<String> getAchievements() {
        return achievements;
    }

    public void setAchievements(List<String> achievements) {
        this.achievements = achievements;
    }

    public List<String> getProblems() {
        return problems;
    }

    public void setProblems(List<String> problems) {
        this.problems = problems;
    }

    public List<String> getMeasures() {
        return measures;
    }

    public void setMeasures(List<String> measures) {
        this.measures = measures;
    }

    public String getStatedTotal() {
        return statedTotal;
    }

    public void setStatedTotal(String statedTotal) {
        this.statedTotal = statedTotal;
    }

    public String getStatedGrade() {
        return statedGrade;
    }

    public void setStatedGrade(String statedGrade) {
        this.statedGrade = statedGrade;
    }

    public String getStatedText() {
        return statedText;
    }

    /** Set from the stored document only (no setter for the browser to bind). */
    void showStatedText(String text) {
        this.statedText = text;
    }

    /** 收支情况 as typed. */
    public static class FundsForm {
        private String budget;
        private String initialBudget;
        private String executed;
        private String executionRate;
        private String carryover;
        private String basic;
        private String project;
        private String personnel;
        private String publicUse;
        private List<SourceForm> sources = new ArrayList<>();

        public String getBudget() {
            return budget;
        }

        public void setBudget(String budget) {
            this.budget = budget;
        }

        public String getInitialBudget() {
            return initialBudget;
        }

        public void setInitialBudget(String initialBudget) {
            this.initialBudget = initialBudget;
        }

        public String getExecuted() {
            return executed;
        }

        public void setExecuted(String executed) {
            this.executed = executed;
        }

        public String getExecutionRate() {
            return executionRate;
        }

        public void setExecutionRate(String executionRate) {
            this.executionRate = executionRate;
        }

        public String getCarryover() {
            return carryover;
        }

        public void setCarryover(String carryover) {
            this.carryover = carryover;
        }

        public String getBasic() {
            return basic;
        }

        public void setBasic(String basic) {
            this.basic = basic;
        }

        public String getProject() {
            return project;
        }

        public void setProject(String project) {
            this.project = project;
        }

        public String getPersonnel() {
            return personnel;
        }

        public void setPersonnel(String personnel) {
            this.personnel = personnel;
        }

        public String getPublicUse() {
            return publicUse;
        }

        public void setPublicUse(String publicUse) {
            this.publicUse = publicUse;
        }

        public List<SourceForm> getSources() {
            return sources;
        }

        public void setSources(List<SourceForm> sources) {
            this.sources = sources;
        }
    }

    /** One source of funds as typed. */
    public static class SourceForm {
        private String source;
        private String budget;
        private String executed;
        /** Where the row stood in the report it was read from (its JSON path), for the import page; null otherwise. */
        private String readFrom;

        public String getReadFrom() {
            return readFrom;
        }

        public void setReadFrom(String readFrom) {
            this.readFrom = readFrom;
        }


        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getBudget() {
            return budget;
        }

        public void setBudget(String budget) {
            this.budget = budget;
        }

        public String getExecuted() {
            return executed;
        }

        public void setExecuted(String executed) {
            this.executed = executed;
        }
    }

    /** A key task as typed. */
    public static class KeyTaskForm {
        private String name;
        private String expectedGoal;
        private String budget;
        private String executed;
        private String executionRate;
        private String outcome;
        private String leader;
        private List<IndicatorForm> indicators = new ArrayList<>();
        /** Where the row stood in the report it was read from (its JSON path), for the import page; null otherwise. */
        private String readFrom;

        public String getReadFrom() {
            return readFrom;
        }

        public void setReadFrom(String readFrom) {
            this.readFrom = readFrom;
        }


        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getExpectedGoal() {
            return expectedGoal;
        }

        public void setExpectedGoal(String expectedGoal) {
            this.expectedGoal = expectedGoal;
        }

        public String getBudget() {
            return budget;
        }

        public void setBudget(String budget) {
            this.budget = budget;
        }

        public String getExecuted() {
            return executed;
        }

        public void setExecuted(String executed) {
            this.executed = executed;
        }

        public String getExecutionRate() {
            return executionRate;
        }

        public void setExecutionRate(String executionRate) {
            this.executionRate = executionRate;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getLeader() {
            return leader;
        }

        public void setLeader(String leader) {
            this.leader = leader;
        }

        public List<IndicatorForm> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<IndicatorForm> indicators) {
            this.indicators = indicators;
        }
    }

    /** An indicator as typed: targets and actual as their wording. */
    public static class IndicatorForm extends IndicatorCells {
        private String actual;
        /** "true", "false" or "" (not stated). */
        private String met;
        private String rating;
        private String weight;
        private String score;
        private String deviationReason;
        /** Where the row stood in the report it was read from (its JSON path), for the import page; null otherwise. */
        private String readFrom;

        public String getReadFrom() {
            return readFrom;
        }

        public void setReadFrom(String readFrom) {
            this.readFrom = readFrom;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }

        public String getMet() {
            return met;
        }

        public void setMet(String met) {
            this.met = met;
        }

        public String getRating() {
            return rating;
        }

        public void setRating(String rating) {
            this.rating = rating;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getDeviationReason() {
            return deviationReason;
        }

        public void setDeviationReason(String deviationReason) {
            this.deviationReason = deviationReason;
        }
    }
}
