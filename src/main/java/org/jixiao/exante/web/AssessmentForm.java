package org.jixiao.exante.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.exante.ExAnteRequest;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.web.FormNumbers;

/** The assessment's form as typed: a score per sub-point, a reason per criterion, the opinion. */
public class AssessmentForm {

    private Map<String, String> scores = new LinkedHashMap<>();
    private Map<String, String> reasons = new LinkedHashMap<>();
    private String opinion = "";
    private String note = "";
    private long version;

    static AssessmentForm of(ExAnteRequest request) {
        AssessmentForm form = new AssessmentForm();
        request.assessment().scores().forEach((code, score) -> form.scores.put(code, FormNumbers.show(score)));
        form.reasons.putAll(request.assessment().reasons());
        form.opinion = request.assessment().opinion() == null ? "" : request.assessment().opinion();
        form.version = request.version();
        return form;
    }

    /**
     * The scores typed, by sub-point code; one that does not read as a number is refused naming its criterion and
     * sub-point (its range is the scorer's to check).
     */
    Map<String, BigDecimal> scores(ExAnteProfile profile) {
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        for (ExAnteProfile.Criterion criterion : profile.criteria()) {
            for (ExAnteProfile.Point point : criterion.points()) {
                String text = scores.get(point.code());
                try {
                    BigDecimal value = FormNumbers.parse(text);
                    if (value != null) {
                        typed.put(point.code(), value);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(criterion.title() + "·" + point.title() + "的得分应为数字，而不是“"
                            + text + "”");
                }
            }
        }
        return typed;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = scores;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public void setReasons(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
