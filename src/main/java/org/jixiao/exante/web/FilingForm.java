package org.jixiao.exante.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.Funding;
import org.jixiao.exante.InvalidFilingException;
import org.jixiao.web.FormNumbers;

/** The request's form as typed: every value text, so that a wrong entry is shown back with its error. */
public class FilingForm {

    /** Rows of funding offered: a request rarely has more sources than these. */
    static final int FUNDING_ROWS = 5;

    private String projectName = "";
    private String projectCode = "";
    private String year = "";
    private String amount = "";
    private List<FundingRow> fundings = new ArrayList<>();
    private String necessity = "";
    private String goals = "";
    private String indicators = "";
    private String plan = "";
    private long version;

    public static FilingForm blank(int year) {
        FilingForm form = new FilingForm();
        form.year = String.valueOf(year);
        form.pad();
        return form;
    }

    public static FilingForm of(ExAnteFiling filing, long version) {
        FilingForm form = new FilingForm();
        form.projectName = filing.projectName();
        form.projectCode = filing.projectCode() == null ? "" : filing.projectCode();
        form.year = String.valueOf(filing.year());
        form.amount = FormNumbers.show(filing.amount());
        for (Funding funding : filing.fundings()) {
            form.fundings.add(new FundingRow(funding.source(), FormNumbers.show(funding.amount())));
        }
        form.necessity = filing.necessity();
        form.goals = filing.goals();
        form.indicators = String.join("\n", filing.indicators());
        form.plan = filing.plan();
        form.version = version;
        form.pad();
        return form;
    }

    /** Blank rows up to {@link #FUNDING_ROWS}, to type new sources in. */
    void pad() {
        while (fundings.size() < FUNDING_ROWS) {
            fundings.add(new FundingRow("", ""));
        }
    }

    /** The filing; a number that does not read is refused with the field it was typed in. */
    ExAnteFiling toFiling() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer typedYear = null;
        try {
            typedYear = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            errors.put("year", "预算年度应为四位数字的年份，而不是“" + year + "”");
        }
        BigDecimal typedAmount = number(amount, "amount", "申请金额", errors);
        List<Funding> typedFundings = new ArrayList<>();
        for (int i = 0; i < fundings.size(); i++) {
            FundingRow row = fundings.get(i);
            if (row.getSource().isBlank() && row.getAmount().isBlank()) {
                continue; // a blank row offered, not used
            }
            typedFundings.add(new Funding(row.getSource().strip(),
                    number(row.getAmount(), "fundings[" + i + "].amount", "第 " + (i + 1) + " 项资金来源的金额", errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFilingException(errors);
        }
        return new ExAnteFiling(projectName == null ? null : projectName.strip(), typedYear, typedAmount, typedFundings,
                necessity, goals, indicators == null ? List.of() : List.of(indicators.split("\\R")), plan, projectCode);
    }

    private static BigDecimal number(String typed, String field, String label, Map<String, String> errors) {
        try {
            return FormNumbers.parse(typed);
        } catch (NumberFormatException e) {
            errors.put(field, label + "应为万元数，而不是“" + typed + "”");
            return null;
        }
    }

    public static class FundingRow {

        private String source = "";
        private String amount = "";

        public FundingRow() {
        }

        FundingRow(String source, String amount) {
            this.source = source;
            this.amount = amount;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source == null ? "" : source;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount == null ? "" : amount;
        }
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public List<FundingRow> getFundings() {
        return fundings;
    }

    public void setFundings(List<FundingRow> fundings) {
        this.fundings = fundings;
    }

    public String getNecessity() {
        return necessity;
    }

    public void setNecessity(String necessity) {
        this.necessity = necessity;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
