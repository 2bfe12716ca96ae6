package org.jixiao.exante;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.ExAnteConclusion;

/**
 * A request as stored, with its assessment so far.
 *
 * @param region     the unit's region when filed: whose finance bureau assesses it
 * @param profile    the ex-ante profile it is assessed by, fixed when filed
 * @param returnNote what the reviewer asked for when returning it, else null
 * @param assessment  the reviewer's scores and reasons; empty until saved
 * @param projectCode 项目编码, where the unit gave one; else null
 */
public record ExAnteRequest(long id, long unitId, String unitName, String region, String projectName, int year,
        BigDecimal amount, List<Funding> fundings, String necessity, String goals, List<String> indicators,
        String plan, ExAnteStatus status, String profile, String filedBy, Instant filedAt, Instant submittedAt,
        String returnNote, Assessment assessment, long version, String projectCode) {

    /** A request of a project without a code. */
    public ExAnteRequest(long id, long unitId, String unitName, String region, String projectName, int year,
            BigDecimal amount, List<Funding> fundings, String necessity, String goals, List<String> indicators,
            String plan, ExAnteStatus status, String profile, String filedBy, Instant filedAt, Instant submittedAt,
            String returnNote, Assessment assessment, long version) {
        this(id, unitId, unitName, region, projectName, year, amount, fundings, necessity, goals, indicators, plan,
                status, profile, filedBy, filedAt, submittedAt, returnNote, assessment, version, null);
    }

    /** The filing as typed, to show it in the form again. */
    public ExAnteFiling filing() {
        return new ExAnteFiling(projectName, year, amount, fundings, necessity, goals, indicators, plan, projectCode);
    }

    /**
     * The assessment as saved.
     *
     * @param scores     per sub-point code
     * @param reasons    per criterion code
     * @param total      the total when saved (null before)
     * @param conclusion set once concluded
     */
    public record Assessment(Map<String, BigDecimal> scores, Map<String, String> reasons, String opinion,
            String assessor, Instant assessedAt, BigDecimal total, ExAnteConclusion conclusion) {

        public static final Assessment NONE = new Assessment(Map.of(), Map.of(), null, null, null, null, null);

        public Assessment {
            scores = Map.copyOf(scores);
            reasons = Map.copyOf(reasons);
        }
    }
}
