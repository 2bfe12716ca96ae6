package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are read and written by that module alone; the others ask it, or read the views it publishes
 * for them (docs/architecture.md). Checked on the SQL in the sources, which no check of the compiled classes sees.
 */
class TableOwnershipTest {

    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("unit", "evaluation"), Map.entry("evaluation", "evaluation"),
            Map.entry("evaluation_text", "evaluation"), Map.entry("fund_source", "evaluation"),
            Map.entry("key_task", "evaluation"), Map.entry("indicator", "evaluation"),
            Map.entry("scheduled_job", "evaluation"), Map.entry("app_user", "account"), Map.entry("login_throttle", "account"),
            Map.entry("password_history", "account"), Map.entry("security_event", "account"),
            Map.entry("second_factor", "account"), Map.entry("recovery_code", "account"),
            Map.entry("second_factor_role", "account"), Map.entry("trail_head", "account"),
            Map.entry("trail_link", "account"), Map.entry("trail_seal", "account"),
            Map.entry("audit_event", "review"), Map.entry("review_comment", "review"),
            Map.entry("monitoring_execution", "monitoring"), Map.entry("monitoring_progress", "monitoring"),
            Map.entry("library_entry", "library"), Map.entry("library_entry_version", "library"),
            Map.entry("published_report", "publication"), Map.entry("publication_key", "publication"),
            Map.entry("ex_ante_request", "exante"), Map.entry("ex_ante_funding", "exante"),
            Map.entry("ex_ante_score", "exante"), Map.entry("ex_ante_reason", "exante"),
            Map.entry("ex_ante_threshold", "exante"), Map.entry("ex_ante_event", "exante"),
            Map.entry("app_marker", "database"), Map.entry("spring_session", "web"),
            Map.entry("spring_session_attributes", "web"),
            Map.entry("goal_filing", "goals"), Map.entry("goal_review", "goals"),
            Map.entry("goal_review_criterion", "goals"), Map.entry("goal_event", "goals"),
            Map.entry("published_goal_sheet", "publication"),
            Map.entry("in_depth_institution", "indepth"), Map.entry("in_depth_member", "indepth"),
            Map.entry("in_depth_evaluation", "indepth"), Map.entry("in_depth_indicator", "indepth"),
            Map.entry("in_depth_expert", "indepth"), Map.entry("in_depth_expert_score", "indepth"),
            Map.entry("in_depth_agreed", "indepth"), Map.entry("in_depth_report_text", "indepth"),
            Map.entry("report_template", "templates"));

    /** The evaluation module's views for the others (V53__evaluation_views.sql). */
    private static final Set<String> PUBLISHED = Set.of("evaluation_overview", "key_task_overview", "indicator_overview");
    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)\\b");
    private static final Path SOURCES = Path.of("src/main/java/org/jixiao");

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        List<String> trespasses = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher m = TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1);
                    String owner = OWNER.get(table);
                    if (owner == null && !PUBLISHED.contains(table)) {
                        unknown.add(file + ": " + table);
                    } else if (owner != null && !owner.equals(module)) {
                        trespasses.add(file + " reads or writes " + table + ", which is " + owner + "'s");
                    }
                }
            }
        }
        assertThat(unknown).as("tables this test does not know the owner of").isEmpty();
        assertThat(trespasses).isEmpty();
    }
}
