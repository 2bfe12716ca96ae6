package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Grade;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of every role of the demo, as it is seen on the two screens of an office (1366 × 768 and 1920 × 1080):
 * nothing scrolls sideways, neither the page nor a table inside it; the workspace's indicator table leaves room to
 * read an indicator's name and to write a 偏差原因; and no page shows a code (a finding's FUNDS_MISMATCH, a profile's
 * MOF_2020, a status, a role, a comparison written >=) where a word belongs. Screenshots of each page at each size go
 * to target/screenshots/fit (the window as seen, and the whole page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesFitBrowserTest {

    private static final String PASSWORD = "Fit-pass-2026-x";
    private static final String REGION = "广州市荔湾区";
    private static final int[][] SCREENS = {{1366, 768}, {1920, 1080}};
    /** Narrower than this, a 偏差原因 or an indicator's name cannot be read or written (about eight characters). */
    private static final int SENSIBLE_WIDTH = 120;
    /** A constant's name (FUNDS_MISMATCH, MOF_2020, SECURITY_ADMINISTRATOR) in the text of a page. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]{2,}_[A-Z0-9_]*[A-Z0-9]\\b");
    private static final Set<String> SET_PASSWORD = new HashSet<>();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private ChromeDriver browser;
    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePublicsPages() throws Exception {
        browser = Browser.start();
        long published = region(null).stream().filter(s -> s.status() == EvaluationStatus.PUBLISHED)
                .map(EvaluationSummary::id).findFirst().orElseThrow();
        check("public-portal", "/public");
        check("public-report", "/public/reports/" + published);
        check("public-verify", "/public/verify");
        check("login", "/login");
        check("error-404", "/no-such-page");
        assertThat(problems).isEmpty();
    }

    @Test
    void theUnitEditorsPages() throws Exception {
        browser = Browser.start();
        Actor editor = signIn("lwfl");
        List<EvaluationSummary> own = region(editor);
        EvaluationSummary draft = own.stream().filter(s -> s.status() == EvaluationStatus.DRAFT).findFirst()
                .orElseThrow();
        EvaluationSummary published = own.stream().filter(s -> s.status() == EvaluationStatus.PUBLISHED)
                .findFirst().orElseThrow();
        check("home-unit", "/");
        check("evaluation", "/evaluations/" + published.id());
        check("workspace", "/evaluations/" + draft.id() + "/edit");
        check("evaluation-draft", "/evaluations/" + draft.id());
        check("monitoring-unit", "/evaluations/" + published.id() + "/monitoring");
        check("audit", "/evaluations/" + published.id() + "/audit");
        check("history", "/units/" + draft.unitId() + "/history");
        check("import-upload", "/imports/new");
        check("library", "/library");
        check("library-entry", "/library/JJ-004");
        check("library-propose", "/library/new");
        check("password", "/account/password");
        check("second-factor", "/account/second-factor");
        check("error-400", "/evaluations/abc");
        assertThat(problems).isEmpty();
    }

    @Test
    void aReturnedEvaluationAndAMonitoredYear() throws Exception {
        browser = Browser.start();
        Actor editor = signIn("demo-canlian");
        EvaluationSummary returned = region(editor).stream().filter(s -> s.status() == EvaluationStatus.RETURNED)
                .findFirst().orElseThrow();
        check("evaluation-returned", "/evaluations/" + returned.id());
        check("workspace-returned", "/evaluations/" + returned.id() + "/edit");
        check("monitoring-unit-current", "/evaluations/" + returned.id() + "/monitoring");
        assertThat(problems).isEmpty();
    }

    @Test
    void theProjectLeadersPages() throws Exception {
        browser = Browser.start();
        Actor leader = signIn("demo-wenhua-leader");
        EvaluationSummary project = region(leader).stream().filter(s -> s.kind() == Kind.PROJECT
                && (s.status() == EvaluationStatus.DRAFT || s.status() == EvaluationStatus.RETURNED))
                .findFirst().orElse(region(leader).get(0));
        check("home-leader", "/");
        check("workspace-project", "/evaluations/" + project.id() + "/edit");
        check("evaluation-project", "/evaluations/" + project.id());
        assertThat(problems).isEmpty();
    }

    @Test
    void theReviewersPages() throws Exception {
        browser = Browser.start();
        Actor reviewer = signIn("reviewer");
        List<EvaluationSummary> region = region(reviewer);
        EvaluationSummary waiting = region.stream().filter(s -> s.status() == EvaluationStatus.SUBMITTED)
                .findFirst().orElseThrow();
        check("desk", "/");
        check("review", "/evaluations/" + waiting.id());
        check("history-reviewer", "/units/" + waiting.unitId() + "/history");
        List<EvaluationSummary> years = region.stream().filter(s -> s.unitId() == waiting.unitId()
                && s.kind() == Kind.DEPARTMENT_OVERALL).toList();
        check("compare", "/units/" + waiting.unitId() + "/compare?from=" + years.get(1).id() + "&to="
                + years.get(0).id());
        check("dashboard", "/dashboard");
        check("monitoring-region", "/monitoring");
        check("results", "/results");
        check("library-statistics", "/library/statistics");
        check("library-proposals", "/library/proposals");
        check("audit-reviewer", "/evaluations/" + waiting.id() + "/audit");
        check("import-upload-reviewer", "/imports/new");
        // the import's page: the fields beside the text they were read from
        Path file = Path.of("src/test/resources/imports/project-form.txt").toAbsolutePath();
        browser.findElement(By.name("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.reading")));
        check("import-review", browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", ""));
        assertThat(problems).isEmpty();
    }

    @Test
    void theAdministratorsPages() throws Exception {
        browser = Browser.start();
        signIn("admin");
        check("home-admin", "/");
        check("admin-accounts", "/admin/accounts");
        check("admin-units", "/admin/units");
        check("admin-scoring", "/admin/scoring");
        check("library-admin", "/library");
        check("library-edit", "/admin/library/DA-005/edit");
        check("dashboard-admin", "/dashboard");
        Browser.logOut(browser);
        signIn("secadmin");
        check("admin-accounts-security", "/admin/accounts");
        check("admin-second-factor", "/admin/second-factor");
        Browser.logOut(browser);
        signIn("auditor");
        check("security-log", "/admin/security-log");
        check("trail", "/admin/trail");
        assertThat(problems).isEmpty();
    }

    /** Opens the page at each size, notes what does not fit and any code shown as text, and takes its pictures. */
    private void check(String name, String path) throws Exception {
        for (int[] screen : SCREENS) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen[0], "height",
                    screen[1], "deviceScaleFactor", 1, "mobile", false));
            browser.get("http://localhost:" + port + path);
            waitForHtmx();
            String where = path + " at " + screen[0] + "×" + screen[1] + ": ";
            @SuppressWarnings("unchecked")
            Map<String, Object> fit = (Map<String, Object>) browser.executeScript(FIT);
            long scrollWidth = (Long) fit.get("scrollWidth");
            long clientWidth = (Long) fit.get("clientWidth");
            if (scrollWidth > clientWidth) {
                problems.add(where + "the page is " + scrollWidth + " px wide in a window of " + clientWidth
                        + " (widest: " + fit.get("widest") + ")");
            }
            for (Object scroller : (List<?>) fit.get("scrollers")) {
                problems.add(where + "scrolls sideways inside " + scroller);
            }
            for (Object narrow : (List<?>) fit.get("narrow")) {
                problems.add(where + "too narrow to read: " + narrow);
            }
            String text = (String) browser.executeScript(VISIBLE_TEXT);
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                problems.add(where + "shows the code " + code.group());
            }
            for (String constant : CONSTANTS) {
                if (Pattern.compile("(?<![A-Za-z_])" + constant + "(?![A-Za-z_])").matcher(text).find()) {
                    problems.add(where + "shows the constant " + constant);
                }
            }
            if (text.contains(">=") || text.contains("<=")) {
                problems.add(where + "shows a comparison as >= or <=");
            }
            shot(name + "-" + screen[0]);
            if (!browser.findElements(By.cssSelector("table.indicators-editor")).isEmpty()) {
                // the indicators as one sees them there, beside the live check
                browser.executeScript("document.querySelector('table.indicators-editor').closest('fieldset')"
                        + ".scrollIntoView()");
                shot(name + "-" + screen[0] + "-indicators");
            }
        }
    }

    /**
     * What the page shows as text, without what it shows as a code on purpose (a JSON path, a login name, a profile's
     * name for the configuration, in a {@code <code>}), nor the names of settings an administrator sets (JIXIAO_…).
     */
    private static final String VISIBLE_TEXT = """
            var text = document.body.innerText;
            document.querySelectorAll('code').forEach(function (c) { text = text.replace(c.innerText, ''); });
            return text.replace(/JIXIAO_[A-Z_]+/g, '');
            """;

    /** Every enum constant a page could leak as text: statuses, grades, kinds, roles. */
    private static final List<String> CONSTANTS = Stream.of(EvaluationStatus.values(), Grade.values(), Kind.values(),
            Role.values()).flatMap(Stream::of).map(Enum::name).filter(n -> n.length() > 3).toList();

    /**
     * The page's width against the window's, the elements that scroll sideways inside it, and the workspace's
     * indicator fields too narrow to read (the names' and reasons' boxes; a name cut off inside its box).
     */
    private static final String FIT = """
            function describe(e) {
              var d = e.tagName.toLowerCase();
              if (e.id) d += '#' + e.id;
              if (e.getAttribute('name')) d += '[name=' + e.getAttribute('name') + ']';
              else if (e.className && typeof e.className === 'string') d += '.' + e.className.trim().split(/\\s+/).join('.');
              return d;
            }
            var page = document.documentElement, widest = null, scrollers = [], narrow = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > page.clientWidth + 1 && (widest === null || r.right > widest.r)) widest = {r: r.right, d: describe(e)};
              var s = getComputedStyle(e);
              if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1
                  && e.tagName !== 'TEXTAREA' && e.tagName !== 'INPUT' && e.tagName !== 'SELECT')
                scrollers.push(describe(e) + ' (' + e.scrollWidth + ' px in ' + e.clientWidth + ')');
            });
            document.querySelectorAll('table.indicators-editor [name$=".name"], table.indicators-editor [name$=".deviationReason"]')
              .forEach(function (e) {
                if (e.offsetWidth < %d) narrow.push(describe(e) + ' is ' + e.offsetWidth + ' px wide');
                else if (e.tagName === 'INPUT' && e.scrollWidth > e.clientWidth + 1) narrow.push(describe(e) + ' cuts “' + e.value + '”');
              });
            return {scrollWidth: page.scrollWidth, clientWidth: page.clientWidth,
                    widest: widest === null ? null : widest.d + ' to ' + Math.round(widest.r) + ' px',
                    scrollers: scrollers, narrow: narrow};
            """.formatted(SENSIBLE_WIDTH);

    /** Lets htmx finish what it loads with the page (the workspace's suggestions, its live check). */
    private void waitForHtmx() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0")));
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots/fit"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.min(((Number) content.get("height")).doubleValue(), 16000);
        double width = ((Number) content.get("width")).doubleValue();
        Map<String, Object> whole = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport",
                true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(dir.resolve(name + "-page.png"), Base64.getDecoder().decode((String) whole.get("data")));
    }

    /** Signs the demo's account in with a password of the test's (the demo's own are shown once at its start). */
    private Actor signIn(String username) {
        Account account = accounts.find(username).orElseThrow();
        synchronized (SET_PASSWORD) {
            if (SET_PASSWORD.add(username)) {
                accounts.changePassword(username, accounts.resetPassword(account.id()), PASSWORD);
            }
        }
        Browser.logIn(browser, port, username, PASSWORD);
        return Actor.of(accounts.find(username).orElseThrow());
    }

    /** The region's evaluations the actor sees (the public: the published), the latest year first. */
    private List<EvaluationSummary> region(Actor actor) {
        return workflow.visible(actor, EvaluationFilter.ALL.withRegion(REGION)).stream()
                .sorted(Comparator.comparingInt(EvaluationSummary::fiscalYear).reversed()).toList();
    }
}
