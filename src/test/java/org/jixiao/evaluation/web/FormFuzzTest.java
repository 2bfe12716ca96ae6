package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.support.TestDatabases;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every form of the application posted with hostile values (jqwik's generators: any Unicode, control characters,
 * NUL, huge numbers and exponents, full-width digits, SQL and markup, 200,000 characters, list indexes far out of
 * range), on PostgreSQL, which refuses more than H2 does. Each answer is a page with a clear message or the saved
 * result, never a server error; and where the answer is not "saved", nothing was stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormFuzzTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final long SEED = 20261127L;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(SEED);
    private final List<String> hostile = hostileValues();
    private long id;
    private EvaluationDocument document;
    private Account editor;
    private Account reviewer;
    private Account admin;

    /** Values drawn from jqwik's generators, with the same seed on every run. */
    private static List<String> hostileValues() {
        List<String> values = new ArrayList<>(List.of("", " ", "-1", "-0", "1e9999", "-1e-9999", "NaN", "Infinity",
                "0x1F", "１２３．５", "1,234,567.89", "٣٤", "9".repeat(40), "0.0000001", "null", "true",
                "<script>alert(1)</script>", "'; DROP TABLE evaluation; --", "%", "_", "\\", "\u0000", "a\u0000b",
                "\uD800", "≥", "100%%", "≥-5%", "长".repeat(200_000), "\r\n\t", "${7*7}", "#{7*7}", "__${7*7}__::x"));
        Arbitrary<String> generated = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(400),
                Arbitraries.strings().withChars("0123456789.-e%≥≤万元次").ofMaxLength(30),
                Arbitraries.bigDecimals().map(BigDecimal::toPlainString));
        generated.sampleStream().limit(300).forEach(values::add);
        return values;
    }

    private String anyHostile() {
        return hostile.get(random.nextInt(hostile.size()));
    }

    @BeforeEach
    void aUnitWithAnEvaluation() {
        int run = RUN.incrementAndGet();
        document = Documents.seedOf("模糊测试单位" + run, "模糊区", 2023);
        id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        long unit = evaluations.unit(document.department().name(), "模糊区").orElseThrow().id();
        editor = accounts.create("fuzz-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        reviewer = accounts.create("fuzz-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, "模糊区", "secret-pass-1");
        admin = accounts.create("fuzz-admin-" + run, "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
    }

    @Test
    void theWorkspaceFormSavesOrExplainsAndNeverStoresHalf() throws Exception {
        int saved = 0;
        int changed = 0;
        for (int round = 0; round < 150; round++) {
            long version = evaluations.find(id).orElseThrow().version();
            MultiValueMap<String, String> fields = FormFields.of(evaluations.find(id).orElseThrow().document(), version);
            mutate(fields);
            String before = stored();
            EvaluationDocument content = evaluations.find(id).orElseThrow().document();

            int status = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(fields))).andReturn()
                    .getResponse().getStatus();

            assertThat(status).as("round %d: %s", round, fields).isLessThan(500);
            if (status == 302) {
                saved++;
                assertThat(evaluations.find(id).orElseThrow().version()).isEqualTo(version + 1);
                changed += evaluations.find(id).orElseThrow().document().equals(content) ? 0 : 1;
            } else {
                assertThat(stored()).as("round %d answered %d but stored", round, status).isEqualTo(before);
            }
        }
        assertThat(saved).as("some hostile values are plain text and are saved").isPositive();
        // every save that changed the content is in the audit trail
        assertThat(editedAuditEntries()).isEqualTo(changed);
    }

    /** Replaces one to three fields with hostile values, and sometimes adds a row far out of range. */
    private void mutate(MultiValueMap<String, String> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        names.remove("version");
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            fields.set(names.get(random.nextInt(names.size())), anyHostile());
        }
        switch (random.nextInt(6)) {
            case 0 -> fields.add("keyTasks[" + (300 + random.nextInt(100_000)) + "].name", anyHostile());
            case 1 -> fields.add("functions[" + random.nextInt(Integer.MAX_VALUE) + "]", anyHostile());
            case 2 -> fields.add("keyTasks[0].indicators[" + (1000 + random.nextInt(9000)) + "].name", "x");
            case 3 -> fields.add(names.get(random.nextInt(names.size())), anyHostile()); // the same field twice
            default -> {
            }
        }
    }

    @Test
    void theLiveCheckOfTheFormAnswersWithoutStoring() throws Exception {
        String before = stored();
        for (int round = 0; round < 60; round++) {
            MultiValueMap<String, String> fields = FormFields.of(document, 0);
            mutate(fields);
            int status = mvc.perform(as(editor, post("/evaluations/" + id + "/edit/check").params(fields)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("round %d", round).isLessThan(500);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void returnCommentsAreTakenOrRefused() throws Exception {
        for (int round = 0; round < 40; round++) {
            if (evaluations.find(id).orElseThrow().status() != EvaluationStatus.SUBMITTED) {
                workflow.submit(Actor.of(editor), id);
            }
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            for (String section : List.of("comment.funds", "comment.keyTasks", "comment." + anyHostile(),
                    "comment.conclusion")) {
                if (random.nextBoolean()) {
                    form.add(section, anyHostile());
                }
            }
            long comments = count("review_comment");
            int status = mvc.perform(as(reviewer, post("/evaluations/" + id + "/return").params(form))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as("round %d: %s", round, form).isLessThan(500);
            if (status != 302) {
                assertThat(count("review_comment")).isEqualTo(comments);
                assertThat(evaluations.find(id).orElseThrow().status()).isEqualTo(EvaluationStatus.SUBMITTED);
            }
        }
    }

    @Test
    void monitoringReportsAreTakenOrRefused() throws Exception {
        var task = document.keyTasks().get(0);
        for (int round = 0; round < 60; round++) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("month", random.nextInt(4) == 0 ? anyHostile() : String.valueOf(random.nextInt(14)));
            form.add("tasks[0].name", random.nextInt(4) == 0 ? anyHostile() : task.name());
            form.add("tasks[0].executed", anyHostile());
            form.add("tasks[0].note", anyHostile());
            form.add("tasks[0].indicators[0].name", random.nextInt(4) == 0 ? anyHostile() : task.indicators().get(0).name());
            form.add("tasks[0].indicators[0].progress", anyHostile());
            form.add("tasks[0].indicators[0].onTrack", anyHostile());
            if (random.nextInt(5) == 0) {
                form.add("tasks[" + (300 + random.nextInt(10_000)) + "].name", "x");
            }
            long rows = count("monitoring_execution") + count("monitoring_progress");
            int status = mvc.perform(as(editor, post("/evaluations/" + id + "/monitoring").params(form))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as("round %d: %s", round, form).isLessThan(500);
            if (status != 302) {
                assertThat(count("monitoring_execution") + count("monitoring_progress")).isEqualTo(rows);
            }
        }
    }

    @Test
    void administratorFormsCreateOrExplain() throws Exception {
        for (int round = 0; round < 60; round++) {
            long units = count("unit");
            int status = mvc.perform(as(admin, post("/admin/units").param("name", anyHostile())
                    .param("region", anyHostile()).param("code", anyHostile()).param("parent", anyHostile())))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("units round %d", round).isLessThan(500);
            assertThat(count("unit")).isEqualTo(status == 302 ? units + 1 : units);

            long users = count("app_user");
            status = mvc.perform(as(admin, post("/admin/accounts").param("username", anyHostile())
                    .param("displayName", anyHostile()).param("role", random.nextBoolean() ? "UNIT_EDITOR" : anyHostile())
                    .param("unitId", random.nextBoolean() ? "" : anyHostile()).param("region", anyHostile())))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("accounts round %d", round).isLessThan(500);
            assertThat(count("app_user")).isEqualTo(status == 302 ? users + 1 : users);

            status = mvc.perform(as(editor, post("/account/password").param("current", anyHostile())
                    .param("replacement", anyHostile()).param("repeated", anyHostile())))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("password round %d", round).isLessThan(500);
        }
    }

    @Test
    void indicatorLibraryFormsCreateOrExplain() throws Exception {
        List<String> fields = List.of("kind", "level1", "level2", "name", "definition", "formula", "unit", "comparator",
                "targetBasis", "exampleTargets", "generic", "keywords", "aliases", "note", "version");
        for (int round = 0; round < 40; round++) {
            // a unit's proposal, an administrator's new entry and an edit of a shipped one, every field hostile
            for (var post : List.of(as(editor, post("/library/proposals")), as(admin, post("/admin/library")),
                    as(admin, post("/admin/library/GEN-001")))) {
                long entries = count("library_entry");
                long versions = count("library_entry_version");
                for (String field : fields) {
                    post.param(field, random.nextInt(3) == 0 ? anyHostile() : sensible(field));
                }
                int status = mvc.perform(post).andReturn().getResponse().getStatus();
                assertThat(status).as("library round %d", round).isLessThan(500);
                if (status != 302) {
                    assertThat(count("library_entry")).as("nothing stored when refused").isEqualTo(entries);
                    assertThat(count("library_entry_version")).isEqualTo(versions);
                }
            }
        }
    }

    /** A value the library form would accept in this field, so that a hostile one is not refused for another's sake. */
    private String sensible(String field) {
        return switch (field) {
            case "kind" -> "家庭教育";
            case "level1" -> "OUTPUT";
            case "level2" -> "QUANTITY";
            case "name" -> "家长学校授课场次" + random.nextInt(1_000_000);
            case "unit" -> "场";
            case "comparator" -> ">=";
            case "targetBasis" -> "PLAN";
            case "exampleTargets" -> "≥12场";
            case "generic" -> "false";
            case "version" -> "1";
            default -> "说明";
        };
    }

    @Test
    void uploadedFilesOfAnyKindAreReadOrRefusedAndNothingIsStored() throws Exception {
        long before = count("evaluation");
        for (int round = 0; round < 40; round++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            String name = List.of("report.pdf", "report.docx", "report.xlsx", "report.txt", "report", "报告.PDF", "x.exe")
                    .get(random.nextInt(7));
            int status = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", name,
                    "application/octet-stream", bytes)).with(SignedIn.as(editor)).with(csrf()))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("round %d: %s", round, name).isLessThan(500);
        }
        assertThat(count("evaluation")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.as(account)).with(csrf());
    }

    /** The evaluation's stored rows, as text. */
    private String stored() {
        StringBuilder rows = new StringBuilder();
        // each table in the order of its key: a save refused and rolled back may leave the rows in another order
        Map<String, String> keys = Map.of("evaluation", "id", "evaluation_text", "item_index",
                "fund_source", "source_index", "key_task", "task_index", "indicator", "task_index, indicator_index");
        for (String table : List.of("evaluation", "evaluation_text", "fund_source", "key_task", "indicator")) {
            String where = table.equals("evaluation") ? "id = ?" : "evaluation_id = ?";
            List<Map<String, Object>> found = jdbc.sql("SELECT * FROM " + table + " WHERE " + where
                    + " ORDER BY " + keys.get(table)).param(id).query().listOfRows();
            rows.append(table).append(found);
        }
        return rows.toString();
    }

    private long editedAuditEntries() {
        return jdbc.sql("SELECT COUNT(DISTINCT occurred_at) FROM audit_event WHERE evaluation_id = ? AND action = 'EDITED'")
                .param(id).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
