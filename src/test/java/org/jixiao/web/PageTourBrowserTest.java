package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.account.TotpSecret;
import org.jixiao.account.internal.Totp;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Browser;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every main page as its users see it, in a real browser: each loads, says what it should, and raises no script
 * error and no content-security-policy violation. Screenshots go to target/screenshots (reviewed copies in docs/).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageTourBrowserTest {

    private static final String REGION = "广州市示例区";

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ExecutionMonitoring monitoring;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyMainPage() throws Exception {
        browser = Browser.start();
        List<EvaluationDocument> documents = new ArrayList<>();
        String[] names = {"示例区妇女联合会", "示例区文化馆", "示例区档案馆", "示例区科学技术协会", "示例区体育中心", "示例区图书馆"};
        int[] percents = {100, 96, 88, 79, 66, 52};
        for (int i = 0; i < names.length; i++) {
            documents.add(Documents.ratesAsExecuted(Documents.performingAt(Documents.seedOf(names[i], REGION, 2023),
                    percents[i])));
        }
        documents.add(Documents.performingAt(Documents.seedOf(names[0], REGION, 2022), 90));
        List<Long> ids = evaluations.importDocuments(documents, "test").stream().map(i -> i.id()).toList();
        long unit = evaluations.unit(names[0], REGION).orElseThrow().id();
        Actor editor = Actor.of(accounts.create("tour-editor", "示例填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        Actor reviewer = Actor.of(accounts.create("tour-reviewer", "示例审核人", Role.FINANCE_REVIEWER, null, REGION,
                "secret-pass-1"));
        accounts.create("tour-admin", "示例管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        long published = ids.get(1);
        long publishedUnit = evaluations.unit(names[1], REGION).orElseThrow().id();
        Actor otherEditor = Actor.of(accounts.create("tour-editor2", "文化馆填报人", Role.UNIT_EDITOR, publishedUnit, null,
                "secret-pass-1"));
        workflow.submit(otherEditor, published);
        workflow.approve(reviewer, published, "同意");
        workflow.publish(reviewer, published);
        workflow.submit(editor, ids.get(0));
        // three wait for review on the desk
        for (int i = 2; i <= 4; i++) {
            long waitingUnit = evaluations.unit(names[i], REGION).orElseThrow().id();
            workflow.submit(Actor.of(accounts.create("tour-editor-" + i, names[i] + "填报人", Role.UNIT_EDITOR,
                    waitingUnit, null, "secret-pass-1")), ids.get(i));
        }
        workflow.returnForRevision(reviewer, ids.get(0), Map.of("keyTasks", "请补充效益指标", "funds", "请核对基本支出"));
        long goals = ids.get(6);
        monitoring.report(editor, ids.get(0), 8, List.of(
                new ExecutionMonitoring.TaskReport("妇联活动及组织建设阵地建设", new BigDecimal("30"), "采购延后", List.of()),
                new ExecutionMonitoring.TaskReport("妇儿工委及妇女儿童中心工作", new BigDecimal("6"), null, List.of())));

        visit("/public", "public-portal", "公开的绩效自评");
        visit("/public/reports/" + published, "public-report", "示例区文化馆部门整体支出绩效自评报告");
        visit("/login", "login", "登录");

        logIn("tour-editor");
        visit("/", "home-unit", "示例区妇女联合会");
        visit("/evaluations/" + ids.get(0), "evaluation", "自评得分");
        visit("/evaluations/" + ids.get(0) + "/edit", "workspace", "按当前内容自评得分");
        // the library's suggestions arrive per key task by htmx; one is added with a click
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#suggestions-1 button[value^='add-library:1:']")));
        browser.executeScript("document.getElementById('suggestions-1').scrollIntoView()");
        shot("workspace-suggestions");
        browser.findElement(By.cssSelector("#suggestions-1 button[value='add-library:1:FE-007']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                By.name("keyTasks[1].indicators[4].name"), "value", "妇女儿童发展规划监测指标达标率"));
        assertThat(browser.manage().logs().get("browser").getAll()).as("console after adding a suggestion").isEmpty();
        visit("/library?q=" + URLEncoder.encode("家庭教育", StandardCharsets.UTF_8), "library",
                "社区家长学校规范化建设达标率");
        visit("/library/JJ-004", "library-entry", "版本记录");
        visit("/library/new", "library-propose", "提议新增指标");
        visit("/evaluations/" + ids.get(0) + "/monitoring?month=8", "monitoring-unit", "绩效运行监控");
        visit("/units/" + unit + "/history", "history", "历年对比");
        visit("/units/" + unit + "/compare?from=" + goals + "&to=" + ids.get(0), "compare", "报告对比");
        visit("/imports/new", "import-upload", "导入自评报告");
        logOut();

        logIn("tour-reviewer");
        visit("/", "desk", "审核台");
        visit("/evaluations/" + ids.get(2), "review", "退回修改");
        visit("/dashboard?year=2023&sort=score&desc=true", "dashboard", "绩效看板");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-rates svg")));
        shot("dashboard");
        visit("/monitoring?year=2023&month=8", "monitoring-region", "全区运行监控");
        visit("/results?year=2023", "results", "结果应用");
        visit("/evaluations/" + ids.get(0) + "/audit", "audit", "修改记录");
        visit("/library/statistics?year=2023", "library-statistics", "各单位通用指标占比");
        logOut();

        logIn("tour-admin");
        visit("/admin/accounts", "admin-accounts", "新建账号");
        visit("/admin/library/DA-005/edit", "library-edit", "修改指标 DA-005");
        logOut();

        // 三员分立: the security administrator's accounts, the audit administrator's security log
        accounts.create("tour-secadmin", "示例安全管理员", Role.SECURITY_ADMINISTRATOR, null, null, "secret-pass-1");
        accounts.create("tour-auditor", "示例审计管理员", Role.AUDIT_ADMINISTRATOR, null, null, "secret-pass-1");
        logIn("tour-secadmin");
        visit("/admin/accounts", "admin-accounts-security", "重置密码");
        visit("/admin/second-factor", "admin-second-factor", "动态口令");
        // the second factor's enrollment: its page, then the secret as QR code and text once begun
        visit("/account/second-factor", "second-factor", "动态口令");
        browser.findElement(By.cssSelector("form[action$='/account/second-factor/begin'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[action$='/account/second-factor/confirm']")));
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).contains("otpauth://totp/jixiao:tour-secadmin");
        shot("second-factor-begin");
        TotpSecret secret = TotpSecret.fromBase32(shown.replaceAll("(?s).*secret=([A-Z2-7]+).*", "$1"));
        browser.findElement(By.cssSelector("form[action$='/confirm'] input[name='code']"))
                .sendKeys(Totp.code(secret.bytes(), Totp.stepAt(Instant.now())));
        browser.findElement(By.cssSelector("form[action$='/confirm'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "只显示这一次"));
        shot("second-factor-recovery-codes");
        logOut();
        // the next login asks for the code after the password
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys("tour-secadmin");
        browser.findElement(By.name("password")).sendKeys("secret-pass-1");
        browser.findElement(By.cssSelector("form.stacked button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login/second-factor"));
        shot("login-second-factor");
        browser.manage().deleteAllCookies();
        logIn("tour-auditor");
        visit("/admin/security-log", "security-log", "安全日志");
        logOut();

        // a password someone else chose: the first page is the password form, saying why
        String given = accounts.createWithGeneratedPassword("tour-new", "新账号", Role.FINANCE_REVIEWER, null, REGION)
                .password();
        Browser.logIn(browser, port, "tour-new", given);
        assertThat(browser.getCurrentUrl()).contains("/account/password");
        visit("/account/password?required", "password-required", "请先修改密码");
    }

    private void visit(String path, String name, String expected) throws Exception {
        browser.get("http://localhost:" + port + path);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(path).contains(expected);
        List<LogEntry> problems = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(problems).as("console of " + path).isEmpty();
        shot(name);
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void logIn(String username) {
        Browser.logIn(browser, port, username, "secret-pass-1");
    }

    private void logOut() {
        Browser.logOut(browser);
    }
}
