package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.support.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * With a replica configured, the dashboard and the public portal read the replica and everything else the
 * primary. The "replica" here is a second database with the same schema and none of the primary's rows, so that
 * each page shows where it read: a real streaming replica is set up by {@code scripts/scale/replica.sh}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaRoutingTest {

    private static final String REGION = "副本测试区";
    private static String replica;

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry registry) {
        String primary = EmbeddedPostgres.newDatabase();
        replica = EmbeddedPostgres.newDatabase();
        Flyway.configure().dataSource(replica, "postgres", "postgres")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        registry.add("spring.datasource.url", () -> primary);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("jixiao.db.replica-url", () -> replica);
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
    UserDetailsService users;

    private long id;
    private Account reviewer;

    @BeforeAll
    void aPublishedEvaluationOnThePrimary() {
        id = evaluations.importDocuments(List.of(Documents.seedOf("副本单位", REGION, 2023)), "test").get(0).id();
        reviewer = accounts.create("replica-reviewer", "审核人", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
        var actor = Actor.of(reviewer);
        long unit = evaluations.unit("副本单位", REGION).orElseThrow().id();
        var editor = Actor.of(accounts.create("replica-editor", "填报人", Role.UNIT_EDITOR, unit, null,
                "secret-pass-1"));
        workflow.submit(editor, id);
        workflow.approve(actor, id, null);
        workflow.publish(actor, id);
    }

    @Test
    void theDashboardAndThePortalReadTheReplica() throws Exception {
        String dashboard = mvc.perform(as(get("/dashboard?year=2023"))).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).doesNotContain("副本单位");
        assertThat(mvc.perform(get("/public/reports/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/public?q=副本")).andReturn().getResponse().getContentAsString()).doesNotContain("副本单位");
    }

    @Test
    void theRegionsResultsAndMonitoringReadTheReplicaToo() throws Exception {
        for (String path : List.of("/results?year=2023", "/monitoring?year=2023&month=8")) {
            var response = mvc.perform(as(get(path))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString()).as(path).doesNotContain("副本单位");
        }
        // a unit's own monitoring, just saved, is read where it was written
        assertThat(mvc.perform(as(get("/evaluations/" + id + "/monitoring"))).andReturn().getResponse()
                .getContentAsString()).contains("副本单位");
    }

    @Test
    void everythingElseReadsAndWritesThePrimary() throws Exception {
        String page = mvc.perform(as(get("/evaluations/" + id))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("副本单位");
        assertThat(evaluations.find(id).orElseThrow().status()).isEqualTo(EvaluationStatus.PUBLISHED);
        // a write through a page goes to the primary: the reviewer's login in the session, an account
        assertThat(mvc.perform(as(post("/account/password").param("current", "wrong").param("replacement", "x")
                .param("repeated", "x"))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(reviewer.username()))).with(csrf());
    }
}
