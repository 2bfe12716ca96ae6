package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jixiao.seal.SealCheck;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 事前绩效评估 from request to conclusion: the seed unit's editor files a new project's request and submits it; the
 * reviewer scores the five criteria point by point, the running total following each score typed, gives each its
 * reason and concludes; the unit reads the conclusion and downloads the assessment's report.
 */
class ExAnteTourBrowserTest extends RoleTour {

    private static final String PROJECT = "妇女儿童心理健康服务站（导览）";

    ExAnteTourBrowserTest() {
        super("exante");
    }

    @Test
    void aUnitRequestsTheReviewerScoresAndConcludesAndTheUnitDownloadsTheReport() throws Exception {
        logIn("lwfl");
        click(By.linkText("事前评估"));
        click(By.linkText("申请事前评估"));
        type("projectName", PROJECT);
        type("year", "2027");
        type("amount", "600");
        type("fundings[0].source", "本级财政资金");
        type("fundings[0].amount", "600");
        type("necessity", "全区妇女儿童心理咨询需求逐年上升，现有服务点覆盖不足，需新建服务站。");
        type("goals", "2027年建成心理健康服务站 3 个，全年提供咨询服务 1500 人次。");
        type("indicators", "建成服务站数量≥3个\n咨询服务人次≥1500人次\n服务对象满意度≥90%");
        type("plan", "上半年完成选址和装修，下半年招聘专业人员并开展服务。");
        seen("the request form", 1, "request");
        click(By.cssSelector("button.save"));
        waitFor(By.xpath("//button[text()='提交财政部门评估']"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/exante/(\\d+).*", "$1"));
        click(By.xpath("//button[text()='提交财政部门评估']"));
        expectNotice("已提交");
        logOut();

        logIn("reviewer");
        open("/exante/" + id);
        settle();
        List<WebElement> points = browser.findElements(By.cssSelector("#assessment-form input.score-input"));
        assertThat(points).as("the five criteria's points").hasSizeGreaterThanOrEqualTo(5);
        String before = text(By.id("exante-total"));
        // the first point a mark below its full value, every other in full: 100 − 1 = 99.00
        BigDecimal first = new BigDecimal(points.get(0).getDomAttribute("max")).subtract(BigDecimal.ONE);
        type(points.get(0).getDomAttribute("name"), first.toPlainString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !text(By.id("exante-total")).equals(before));
        assertThat(text(By.id("exante-total"))).as("the running total after one score").contains("尚有评分要点未评分");
        for (WebElement point : points.subList(1, points.size())) {
            type(point.getDomAttribute("name"), point.getDomAttribute("max"));
        }
        for (WebElement reason : browser.findElements(By.cssSelector("#assessment-form textarea[name^='reasons[']"))) {
            type(reason.getDomAttribute("name"), "依据申请材料逐项核实，符合评分要点的要求。");
        }
        type("opinion", "建议予以支持，下达预算时同步批复绩效目标。");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> text(By.id("exante-total")).contains("99.00"));
        assertThat(text(By.cssSelector("#exante-total .exante-conclusion"))).isEqualTo("予以支持");
        seen("the assessment", 2, "scored");
        click(By.xpath("//button[text()='出具评估结论']"));
        expectNotice("评估结论已出具");
        logOut();

        logIn("lwfl");
        open("/exante/" + id);
        assertThat(main()).contains(PROJECT, "予以支持", "99.00", "依据申请材料逐项核实");
        seen("the conclusion", 3, "concluded");
        byte[] pdf = download(browser.findElement(By.linkText("下载评估报告（PDF）")).getDomProperty("href"));
        assertThat(SealCheck.isPdf(pdf)).isTrue();
        byte[] docx = download(browser.findElement(By.linkText("下载评估报告（DOCX）")).getDomProperty("href"));
        assertThat(new String(docx, 0, 2)).as("a Word file (a zip)").isEqualTo("PK");
    }
}
