package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.goals.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A project's goals from the unit's form to the public (绩效目标管理): the seed unit's editor files a project's goal
 * sheet, sees the linter's findings beside it and submits; the reviewer returns it with a comment per criterion; the
 * editor reads them above the form, adds the indicator asked for and submits again; the reviewer approves and
 * publishes it; the public finds it with its downloads, and the PDF it downloads is the one the bureau signed.
 */
class GoalSheetTourBrowserTest extends RoleTour {

    private static final String PROJECT = "社区妇女儿童之家阵地建设（导览）";
    /** The page's notice of the step done (the workspace shows the approved goals' line as a notice too). */
    private static final String NOTICE = "//p[contains(@class, 'notice')]";

    GoalSheetTourBrowserTest() {
        super("goals");
    }

    @Test
    void aUnitFilesItsGoalsTheReviewerReturnsThenApprovesAndThePublicReadsThemSigned(@TempDir Path dir)
            throws Exception {
        logIn("lwfl");
        click(By.linkText("绩效目标"));
        new Select(browser.findElement(By.name("kind"))).selectByValue("PROJECT");
        type("year", "2027");
        type("project", PROJECT);
        click(By.xpath("//button[text()='新建']"));
        expectNotice("已新建");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/goals/(\\d+).*", "$1"));

        // the form as a unit fills it in: one output indicator only, at first
        type("period", "2027年1月至2027年12月");
        type("total", "120.5");
        type("appropriation", "100");
        type("other", "20.5");
        type("longTermGoal", "三年内在全区街道建成妇女儿童之家");
        type("annualGoal", "2027年建成社区妇女儿童之家 5 个，开展家庭教育活动 60 场");
        click(By.xpath("//button[@value='addIndicator']"));
        indicator(0, "OUTPUT", "QUANTITY", "建成妇女儿童之家数量", "≥5个", "PLAN", "区妇女儿童发展规划");
        click(By.xpath("//button[@value='save']"));
        expectNotice("已保存");
        // the linter, beside the form: a project without a benefit or satisfaction indicator
        String findings = text(By.cssSelector("section.findings"));
        assertThat(findings).contains("满意度");
        seen("the goal editor", 1, "editor-findings");
        click(By.xpath("//button[@value='submit']"));
        expectNotice("已提交财政审核");
        logOut();

        logIn("reviewer");
        open("/goals");
        click(By.xpath("//a[contains(@href, '/goals/" + id + "')]"));
        for (Criterion criterion : Criterion.values()) {
            click(By.cssSelector("input[name='grade." + criterion.name() + "'][value='GOOD']"));
        }
        click(By.cssSelector("input[name='grade.COMPLETENESS'][value='POOR']"));
        type("comment.COMPLETENESS", "缺少服务对象满意度指标，请补充。");
        type("comment.APPROPRIATENESS", "数量目标与资金规模相符。");
        shot(2, "review-return");
        click(By.xpath("//button[@value='return']"));
        expectNotice("已退回单位修改");
        logOut();

        logIn("lwfl");
        open("/goals/" + id);
        String returned = text(By.cssSelector("section.goal-returned"));
        assertThat(returned).contains("完整性", "缺少服务对象满意度指标", "适当性", "数量目标与资金规模相符");
        shot(3, "returned-comments");
        click(By.xpath("//button[@value='addIndicator']"));
        indicator(1, "SATISFACTION", "SERVICE_RECIPIENT", "服务对象满意度", "≥90%", "INDUSTRY", "全市妇儿服务满意度调查");
        click(By.xpath("//button[@value='submit']"));
        expectNotice("已提交财政审核");
        logOut();

        logIn("reviewer");
        open("/goals/" + id);
        for (Criterion criterion : Criterion.values()) {
            click(By.cssSelector("input[name='grade." + criterion.name() + "'][value='GOOD']"));
        }
        click(By.xpath("//button[@value='approve']"));
        expectNotice("已审核通过");
        click(By.xpath("//section//button[text()='随预算公开']"));
        expectNotice("已随预算公开");
        assertThat(text(By.cssSelector("section.signed-copy"))).contains("已签名公开", "荔湾区财政局审核人");
        seen("the published sheet", 4, "published");
        logOut();

        open("/public/goals");
        WebElement row = browser.findElement(By.xpath("//table[contains(@class, 'list')]//tr[td[text()='" + PROJECT
                + "']]"));
        assertThat(row.getText()).contains("2027", SEED_UNIT, "项目支出", "120.50");
        seen("the public goals", 5, "public-list");
        row.findElement(By.tagName("a")).click();
        assertThat(main()).contains(PROJECT, "服务对象满意度", "≥90%").doesNotContain("缺少服务对象满意度指标");
        List<String> links = browser.findElements(By.cssSelector("nav.goal-downloads a")).stream()
                .map(a -> a.getDomProperty("href")).toList();
        assertThat(links).hasSize(4).allMatch(href -> href.contains("/public/goals/" + id + "/report."));
        seen("the public sheet", 6, "public-sheet");

        // the PDF the public downloads is the signed one: the verification page says so
        byte[] pdf = download(browser.findElement(By.linkText("申报表（PDF）")).getDomProperty("href"));
        Path downloaded = Files.write(dir.resolve(PROJECT + ".pdf"), pdf);
        open("/public/verify");
        browser.findElement(By.name("file")).sendKeys(downloaded.toString());
        click(By.cssSelector(".verify-form button[type=submit]"));
        assertThat(text(By.cssSelector(".verdict"))).contains("核验通过", "绩效目标申报表", "荔湾区财政局审核人");
        shot(7, "verified");

        // a year later: the self-evaluation begins from the approved goals, and a target changed from them is listed
        logIn("lwfl");
        open("/evaluations/new");
        // the form's year has no approved goals of the unit: the start is offered disabled, the approved ones listed
        assertThat(browser.findElement(By.cssSelector("input[name='start'][value='APPROVED_GOALS']")).isEnabled())
                .isFalse();
        WebElement approvedList = browser.findElement(By.cssSelector(".approved-sheets"));
        assertThat(approvedList.getText()).contains("没有已审核或已公开的绩效目标", "2027 · " + PROJECT);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", approvedList);
        seen("the new evaluation's starts", 8, "new-evaluation-approved");
        click(By.xpath("//a[@href='/evaluations/new?goals=" + id + "']"));
        WebElement start = browser.findElement(By.cssSelector("input[name='start'][value='APPROVED_GOALS']"));
        assertThat(start.isSelected()).isTrue();
        assertThat(start.isEnabled()).isTrue();
        click(By.cssSelector("form.new-evaluation-form button.save"));
        waitFor(By.xpath(NOTICE + "[contains(., '已新建草稿')]"));
        long evaluation = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/evaluations/(\\d+)/edit.*", "$1"));
        WebElement satisfaction = browser.findElements(By.cssSelector("input[name$='.annualTarget']")).stream()
                .filter(field -> "≥90%".equals(field.getDomProperty("value"))).findFirst().orElseThrow();
        type(satisfaction.getDomAttribute("name"), "≥85%");
        click(By.cssSelector("button.save"));
        waitFor(By.xpath(NOTICE + "[contains(., '已保存')]"));
        open("/evaluations/" + evaluation);
        WebElement changes = browser.findElement(By.cssSelector("section.target-changes"));
        assertThat(changes.getText()).contains("与批复的绩效目标不一致的指标（1 项）", "服务对象满意度", "≥90%", "≥85%");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", changes);
        seen("the evaluation's changed targets", 9, "changed-targets");
    }

    /** Fills in the indicator row of that number. */
    private void indicator(int row, String level1, String level2, String name, String target, String basis,
            String note) {
        String at = "indicators[" + row + "].";
        new Select(browser.findElement(By.name(at + "level1"))).selectByValue(level1);
        new Select(browser.findElement(By.name(at + "level2"))).selectByValue(level2);
        type(at + "name", name);
        type(at + "annualTarget", target);
        new Select(browser.findElement(By.name(at + "basis"))).selectByValue(basis);
        type(at + "basisNote", note);
    }
}
