package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed unit's editor: their first page shows the unit's published report and its project draft; they begin next
 * year's evaluation from last year's, see 执行率 computed beside the one they typed, are refused 送审 with the list
 * of errors each linked to its field, correct it and submit confirming the warnings; begin a project from the
 * library's suggestions and another blank; import a project's report, land on it stored, and are asked before the
 * same report is imported again; and find the published report's downloads.
 */
class UnitEditorTourBrowserTest extends RoleTour {

    private static final String TASK = "妇联活动及组织建设阵地建设";

    UnitEditorTourBrowserTest() {
        super("editor");
    }

    @Test
    void newEvaluationsTheGuardRailsAnImportAndTheDownloads() throws Exception {
        logIn("lwfl");
        String queue = text(By.cssSelector("table.queue"));
        assertThat(queue).contains(SEED_UNIT, "已公开", SEED_UNIT + "·妇儿工委及妇女儿童中心工作", "草稿");
        seen("the editor's first page", 1, "home");

        // next year's, from last year's: its key tasks carried, nothing done yet
        begin("DEPARTMENT_OVERALL", "2024", null, "LAST_YEAR");
        assertThat(browser.findElements(By.cssSelector(".side.existing .status"))).hasSize(2).allSatisfy(badge ->
                assertThat(badge.getRect().getHeight()).as("草稿 on one line beside a long project name").isLessThan(30));
        browser.executeScript("window.scrollTo(0, 0)");
        shot(2, "new-from-last-year");
        click(By.cssSelector("form.new-evaluation-form button.save"));
        expectNotice("已新建草稿");
        assertThat(text(By.tagName("h1"))).contains(SEED_UNIT, "2024");
        assertThat(browser.findElement(By.name("keyTasks[0].name")).getDomProperty("value")).isEqualTo(TASK);
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/evaluations/(\\d+)/edit.*", "$1"));

        // 执行率 computed from what is typed, and marked where the typed rate is not it
        settle(); // htmx listening before the first key
        type("funds.budget", "200");
        type("funds.executed", "150");
        type("funds.executionRate", "100");
        WebElement computed = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#part-funds small.computed-rate.differs")));
        assertThat(computed.getText()).contains("75");
        // the live check beside the form finds it too, before anything is saved
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "金额不符"));
        seen("the workspace", 3, "rate-computed");
        click(By.cssSelector("button.save"));
        expectNotice("已保存");

        // 送审 refused: the errors listed, each with the way to its field
        open("/evaluations/" + id);
        click(By.xpath("//button[text()='提交审核']"));
        waitFor(By.xpath("//p[contains(text(), '改正后才能提交')]"));
        List<WebElement> errors = browser.findElements(By.cssSelector("ol.submission-findings li.error"));
        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(
                error.findElement(By.linkText("去修改")).getDomAttribute("href")).contains("/edit/at?path="));
        assertThat(text(By.cssSelector("ol.submission-findings"))).contains("执行率写为 100%，但执行数 150.00 ÷ 预算数 200.00 = 75.00%",
                "绩效指标尚未填写实际完成值，无法评分");
        noConsoleErrors("the refused submission");
        shot(4, "submit-refused");
        click(By.xpath("//li[contains(@class, 'error')][contains(., '执行率')]//a[text()='去修改']"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/edit#"));
        type("funds.executionRate", "75");
        // the year done: each indicator reached its target
        List<WebElement> actuals = browser.findElements(By.cssSelector("table.indicators-editor input[name$='.actual']"));
        assertThat(actuals).isNotEmpty();
        for (WebElement actual : actuals) {
            String indicator = actual.getDomAttribute("name").replaceFirst("\\.actual$", "");
            String target = browser.findElement(By.name(indicator + ".annualTarget")).getDomProperty("value");
            type(indicator + ".actual", target.isBlank() ? "100%" : target.replaceFirst("^[≥≤><=]+", ""));
            new Select(browser.findElement(By.name(indicator + ".met"))).selectByVisibleText("完成");
        }
        click(By.cssSelector("button.save"));
        expectNotice("已保存");
        open("/evaluations/" + id);
        click(By.xpath("//button[text()='提交审核']"));
        // what remains are warnings: asked to confirm, then submitted
        waitFor(By.xpath("//p[contains(text(), '确认提交？')]"));
        shot(5, "submit-warnings");
        click(By.xpath("//button[text()='确认提交']"));
        expectNotice("已提交审核");

        // a project from the library's suggestions for its name, and one blank
        open("/");
        begin("PROJECT", "2024", "家庭教育指导服务", "LIBRARY");
        browser.findElement(By.name("goal")).sendKeys("开展家庭教育讲座和亲子活动，覆盖全区各街道社区");
        click(By.cssSelector("form.new-evaluation-form button.save"));
        expectNotice("已新建草稿");
        assertThat(text(By.tagName("h1"))).contains(SEED_UNIT + "·家庭教育指导服务", "2024");
        assertThat(text(By.id("task-0"))).contains("项目支出绩效自评表", "年度资金总额", "绩效指标");
        assertThat(browser.findElements(By.cssSelector("#task-0 table.indicators-editor tbody tr")))
                .as("the library's indicators").isNotEmpty();
        settle();
        shot(6, "project-from-library");
        open("/");
        begin("PROJECT", "2024", "妇女维权服务", "BLANK");
        click(By.cssSelector("form.new-evaluation-form button.save"));
        expectNotice("已新建草稿");
        assertThat(text(By.tagName("h1"))).contains(SEED_UNIT + "·妇女维权服务", "2024");

        // an import lands on the evaluation stored; the same report again is asked about first
        Path report = Path.of("src/test/resources/imports/project-form.txt").toAbsolutePath();
        upload(report);
        shot(7, "import-review");
        click(By.cssSelector("button.save"));
        // the unit has a project of 2023 already (the 妇儿中心's): named, and asked whether this one is another
        WebElement others = waitFor(By.cssSelector(".already-stored"));
        assertThat(others.getText()).contains("该单位 2023 年度已有 1 份同类评价", "妇儿工委及妇女儿童中心工作", "仍要再导入一份？");
        click(By.xpath("//button[text()='仍要导入']"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/evaluations/\\d+$"));
        String stored = browser.getCurrentUrl();
        assertThat(text(By.cssSelector("main p.notice"))).isEqualTo("报告已导入为草稿。");
        assertThat(text(By.cssSelector("h1.report-title"))).contains("社区妇女儿童之家建设", "项目支出绩效自评表");
        shot(8, "imported");
        upload(report);
        click(By.cssSelector("button.save"));
        WebElement asked = waitFor(By.cssSelector(".already-stored"));
        assertThat(asked.getText()).contains("该单位 2023 年度已有一份评价（状态：草稿）", "内容与这份报告相同，无需再导入。");
        assertThat(browser.findElements(By.xpath("//button[text()='仍要导入']"))).as("no second copy offered").isEmpty();
        noConsoleErrors("the import asked again");
        shot(9, "import-again");
        click(By.linkText("打开已有的评价"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stored));

        // the published report: rendered, and its downloads
        open("/");
        click(By.xpath("//table[contains(@class, 'queue')]//tr[td/span[text()='已公开']]//a[text()='" + SEED_UNIT + "']"));
        assertThat(text(By.cssSelector("h1.report-title"))).isEqualTo("2023年度" + SEED_UNIT + "部门整体支出绩效自评报告");
        assertThat(text(By.cssSelector("nav.downloads"))).contains("自评报告（Word）", "自评报告（PDF）", "打印预览（HTML）",
                "自评表（Excel）");
        browser.executeScript("document.querySelector('nav.downloads').scrollIntoView({block: 'center'})");
        shot(10, "published-downloads");
    }

    /** 新建评价 from the first page, filled in as asked. */
    private void begin(String kind, String year, String project, String start) {
        click(By.linkText("＋ 新建评价"));
        waitFor(By.cssSelector("form.new-evaluation-form"));
        click(By.cssSelector("input[name='kind'][value='" + kind + "']"));
        type("year", year);
        if (project != null) {
            type("projectName", project);
        }
        click(By.cssSelector("input[name='start'][value='" + start + "']"));
    }

    private void upload(Path file) {
        open("/imports/new");
        browser.findElement(By.name("file")).sendKeys(file.toString());
        click(By.cssSelector("main form button[type=submit]"));
        waitFor(By.cssSelector("section.reading"));
    }
}
