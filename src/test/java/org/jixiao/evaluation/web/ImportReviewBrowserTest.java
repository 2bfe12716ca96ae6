package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page in a real browser: focusing a field highlights the line of the report's text it was read from and
 * marks the value in it, scrolled into view in the source pane; pointing at a field does the same; a figure to check
 * links to its line. No script error and no content-security-policy violation. The screenshot goes to
 * target/screenshots (a reviewed copy in docs/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportReviewBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void focusingAFieldHighlightsTheLineItWasReadFrom() throws Exception {
        browser = Browser.start();
        long unit = evaluations.createUnit("浏览器导入单位", "某区", null, null).id();
        accounts.create("import-browser", "导入填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        Browser.logIn(browser, port, "import-browser", "secret-pass-1");
        String form = new String(ImportOriginsTest.projectForm(), StandardCharsets.UTF_8);

        upload("项目自评表.txt", form);
        focus("funds.budget");

        WebElement budgetLine = currentLine(17);
        assertThat(budgetLine.findElement(By.tagName("mark")).getText()).isEqualTo("120");
        assertThat(inSourcePane(budgetLine)).as("line 17 in view in the source pane").isTrue();

        focus("keyTasks[0].indicators[1].actual");
        WebElement actualLine = currentLine(48);
        assertThat(actualLine.findElement(By.tagName("mark")).getText()).isEqualTo("26场");
        assertThat(inSourcePane(actualLine)).as("the pane scrolled down to line 48").isTrue();
        assertThat(budgetLine.getDomAttribute("class")).doesNotContain("current");
        assertThat(budgetLine.findElements(By.tagName("mark"))).as("the earlier mark is taken out").isEmpty();
        assertThat(budgetLine.findElement(By.className("lt")).getText()).isEqualTo("120");

        WebElement target = browser.findElement(By.name("keyTasks[0].indicators[3].annualTarget"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", target);
        new Actions(browser).moveToElement(target).perform();
        assertThat(currentLine(61).findElement(By.tagName("mark")).getText()).isEqualTo("2023年12月底前");
        assertNoConsoleErrors();

        // a figure the reader could not place: its warning links to the line, its empty field points there too
        upload("预算为零.txt", form.replace("年度资金总额\n120\n120\n", "年度资金总额\n0\n0\n"));
        WebElement link = browser.findElement(By.cssSelector(".reading a.src-link"));
        assertThat(link.getText()).isEqualTo("第 17 行");
        link.click();
        assertThat(currentLine(17).findElements(By.tagName("mark"))).as("the line, no columns").isEmpty();
        focus("funds.executed");
        assertThat(currentLine(18).findElement(By.tagName("mark")).getText()).isEqualTo("114.6");
        assertNoConsoleErrors();

        // the screenshot: the page as it opens, the year focused and marked within its line (（2023年度）)
        browser.navigate().refresh();
        browser.executeScript("window.scrollTo(0, 0)");
        browser.executeScript("arguments[0].focus({preventScroll: true})", browser.findElement(By.name("fiscalYear")));
        assertThat(currentLine(2).findElement(By.tagName("mark")).getText()).isEqualTo("2023");
        shot("import-review");
    }

    @Test
    void aConfirmedImportLandsOnTheEvaluationAndTheSameReportAgainAsksFirst() throws Exception {
        browser = Browser.start();
        long unit = evaluations.createUnit("浏览器落地单位", "某区", null, null).id();
        accounts.create("import-lands", "落地填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        Browser.logIn(browser, port, "import-lands", "secret-pass-1");
        String form = new String(ImportOriginsTest.projectForm(), StandardCharsets.UTF_8);

        upload("项目自评表.txt", form);
        browser.findElement(By.cssSelector("button.save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/evaluations/\\d+$"));
        String stored = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector("main p.notice")).getText()).isEqualTo("报告已导入为草稿。");
        assertThat(browser.findElement(By.cssSelector("h1.report-title")).getText()).contains("项目支出绩效自评表");

        // the same report again: asked beside the button, with the way to the one stored
        upload("项目自评表.txt", form);
        browser.findElement(By.cssSelector("button.save")).click();
        WebElement asked = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".already-stored")));
        assertThat(asked.getText()).contains("已有一份评价（状态：草稿）", "内容与这份报告相同");
        assertThat((Boolean) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", asked)).as("in the window").isTrue();
        shot("import-again");
        // the browser notes the 409 of the question it asked; no script error besides
        assertThat(browser.manage().logs().get("browser").getAll()).as("console")
                .allMatch(e -> e.getMessage().contains("status of 409") || e.getMessage().contains("favicon.ico"));
        asked.findElement(By.linkText("打开已有的评价")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stored));
    }

    private void upload(String name, String text) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/browser-uploads"));
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        browser.get("http://localhost:" + port + "/imports/new");
        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.reading")));
    }

    /** Clicks into the field, scrolled to the middle of the window first (the sticky 确认导入 bar covers the bottom). */
    private void focus(String name) {
        WebElement field = browser.findElement(By.name(name));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", field);
        field.click();
    }

    private WebElement currentLine(int number) {
        By line = By.id("src-line-" + number);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.attributeContains(line, "class", "current"));
        assertThat(browser.findElements(By.cssSelector(".src-line.current"))).hasSize(1);
        return browser.findElement(line);
    }

    private boolean inSourcePane(WebElement line) {
        return (Boolean) browser.executeScript("""
                var line = arguments[0].getBoundingClientRect();
                var pane = arguments[0].closest('aside.source').getBoundingClientRect();
                return line.top >= pane.top && line.bottom <= pane.bottom
                    && line.top >= 0 && line.bottom <= window.innerHeight;""", line);
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> problems = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(problems).as("console").isEmpty();
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
