package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.JixiaoApplication;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.Documents;
import org.jixiao.support.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers on one PostgreSQL database, as a deployment behind a load balancer runs them: a login on one is
 * a login on the other, two saves of the same evaluation at the same moment never overwrite each other silently,
 * and the nightly job runs on one of them only.
 */
class TwoServersTest {

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoServers() {
        String url = EmbeddedPostgres.newDatabase();
        one = server(url);
        two = server(url);
    }

    private static ConfigurableApplicationContext server(String url) {
        return new SpringApplicationBuilder(JixiaoApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--jixiao.demo.enabled=false",
                "--jixiao.jobs.reassess-cron=-", "--logging.level.root=WARN");
    }

    @AfterAll
    static void stop() {
        two.close();
        one.close();
    }

    private static String base(ConfigurableApplicationContext server) {
        return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void aLoginOnOneServerIsALoginOnTheOther() throws Exception {
        String password = "Travel-pass-7"; // chosen by its owner: a generated one would first have to be changed
        one.getBean(Accounts.class).create("roaming", "漫游审核人", Role.FINANCE_REVIEWER, null, "漫游区", password);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String token = csrf(get(browser, base(one) + "/login").body());
        HttpResponse<String> login = post(browser, base(one) + "/login",
                "username=roaming&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        // the next request reaches the other server: still logged in, as the same person
        HttpResponse<String> dashboard = get(browser, base(two) + "/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("漫游区");
        // a form token given by one server is good on the other: logging out there ends the session on both
        String pageToken = csrf(dashboard.body());
        assertThat(post(browser, base(one) + "/logout", "_csrf=" + pageToken).statusCode()).isEqualTo(302);
        HttpResponse<String> after = get(browser, base(two) + "/dashboard");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void twoSavesOfTheSameVersionAtOnceNeverOverwriteEachOther() throws Exception {
        EvaluationDocument seed = Documents.seedOf("并发单位", "并发区", 2023);
        long id = one.getBean(Evaluations.class).importDocuments(List.of(seed), "test").get(0).id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long version = one.getBean(Evaluations.class).find(id).orElseThrow().version();
                EvaluationDocument byOne = Documents.performingAt(seed, 50 + round);
                EvaluationDocument byTwo = Documents.performingAt(seed, 70 + round);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> first = pool.submit(save(one, together, id, version, byOne));
                Future<Boolean> second = pool.submit(save(two, together, id, version, byTwo));
                boolean oneSaved = first.get();
                boolean twoSaved = second.get();

                assertThat(oneSaved ^ twoSaved).as("exactly one save of version " + version + " succeeds").isTrue();
                StoredEvaluation stored = two.getBean(Evaluations.class).find(id).orElseThrow();
                assertThat(stored.version()).isEqualTo(version + 1);
                assertThat(stored.document()).isEqualTo(oneSaved ? byOne : byTwo);
            }
        } finally {
            pool.shutdown();
        }
        // every saved change is in the audit trail: one EDITED entry set per round, none lost
        long edits = one.getBean(JdbcClient.class).sql(
                "SELECT COUNT(DISTINCT occurred_at) FROM audit_event WHERE evaluation_id = ? AND action = 'EDITED'")
                .param(id).query(Long.class).single();
        assertThat(edits).isEqualTo(10);
    }

    private static Callable<Boolean> save(ConfigurableApplicationContext server, CyclicBarrier together, long id,
            long version, EvaluationDocument document) {
        return () -> {
            together.await();
            try {
                server.getBean(Evaluations.class).revise(id, version, document, "editor");
                return true;
            } catch (StaleEvaluationException e) {
                return false;
            }
        };
    }

    @Test
    void theNightlyJobRunsOnOneServerOnly() throws Exception {
        Evaluations evaluations = one.getBean(Evaluations.class);
        for (int i = 0; i < 3; i++) {
            evaluations.importDocuments(List.of(Documents.seedOf("夜间单位" + i, "夜间区", 2023)), "test");
        }
        JdbcClient jdbc = one.getBean(JdbcClient.class);
        int stale = jdbc.sql("UPDATE evaluation SET scoring_profile = 'OLD_PROFILE'").update();
        jdbc.sql("UPDATE scheduled_job SET locked_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'").update();

        // both servers' clocks fire at once
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<OptionalInt>> runs = new ArrayList<>();
        try {
            for (ConfigurableApplicationContext server : List.of(one, two)) {
                StaleAssessments job = server.getBean(StaleAssessments.class);
                runs.add(pool.submit(() -> {
                    together.await();
                    return job.run();
                }));
            }
            List<OptionalInt> results = new ArrayList<>();
            for (Future<OptionalInt> run : runs) {
                results.add(run.get());
            }
            assertThat(results).filteredOn(OptionalInt::isPresent).singleElement()
                    .satisfies(ran -> assertThat(ran.getAsInt()).isEqualTo(stale));
            assertThat(results).filteredOn(OptionalInt::isEmpty).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE scoring_profile = 'OLD_PROFILE'").query(Long.class)
                .single()).isZero();
        // and a second firing soon after (a server whose clock is late) finds it taken
        assertThat(two.getBean(StaleAssessments.class).run()).isEmpty();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
