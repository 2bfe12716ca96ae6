package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The reviewer of 广州市荔湾区 at the desk: the demo's submissions waiting (待审核), each with its unit, kind, days
 * waiting, score, grade and findings, and ahead of every other status when all are shown; one read as its report with
 * a comment box beside each section, its submitter named, and returned with comments, which it then shows signed by
 * the reviewer's name; another approved and published. Both leave the queue.
 */
class ReviewerTourBrowserTest extends RoleTour {

    private static final String SPORTS = "荔湾区示例体育中心（演示）";
    private static final String CULTURE = "荔湾区示例文化馆（演示）";

    ReviewerTourBrowserTest() {
        super("reviewer");
    }

    @Test
    void theDeskReturnsOneWithCommentsAndPublishesAnother() throws Exception {
        logIn("reviewer");
        assertThat(text(By.tagName("h1"))).isEqualTo("审核台");
        assertThat(new Select(browser.findElement(By.name("status"))).getFirstSelectedOption().getText())
                .isEqualTo("待审核");
        assertThat(statuses()).isNotEmpty().containsOnly("已提交");
        assertThat(text(By.cssSelector("table.queue thead"))).contains("单位", "类型", "已等待", "得分", "等级", "问题");
        WebElement sports = row(SPORTS, "部门整体支出");
        // made by the demo at this start: waiting since today, scored and graded, its findings counted
        assertThat(sports.getText()).contains("2024", "已提交", "今天");
        scoreOf(sports, By.xpath("td[6]"));
        assertThat(sports.findElements(By.cssSelector("td")).get(7).getText()).matches("[\\d ]+");
        assertThat(row(SPORTS, "项目支出").getText()).contains("全民健身场馆维修改造", "已提交");
        assertThat(row(CULTURE, "部门整体支出").getText()).contains("2024", "已提交");
        seen("the desk", 1, "desk");

        // every status: the ones waiting for review first
        new Select(browser.findElement(By.name("status"))).selectByVisibleText("全部状态");
        click(By.xpath("//form[contains(@class, 'filters')]//button[text()='筛选']"));
        waitFor(By.xpath("//table[contains(@class, 'queue')]//td/span[text()='已公开']"));
        List<String> all = statuses();
        int waiting = (int) all.stream().filter("已提交"::equals).count();
        assertThat(waiting).isGreaterThanOrEqualTo(3);
        assertThat(all.subList(0, waiting)).containsOnly("已提交");
        shot(2, "queue-all-statuses");

        open("/");
        click(By.xpath(rowPath(SPORTS, "部门整体支出") + "//a"));
        assertThat(text(By.cssSelector("h1.report-title"))).isEqualTo("2024年度" + SPORTS + "部门整体支出绩效自评报告");
        assertThat(text(By.cssSelector("section.workflow"))).contains("提交人", "示例体育中心填报人");
        List<WebElement> boxes = browser.findElements(By.cssSelector("aside.section-review textarea[name^='comment.']"));
        assertThat(boxes).as("a box beside each section").hasSizeGreaterThanOrEqualTo(5);
        type("comment.funds", "请说明青少年业余体育训练资金未执行部分的原因及结转安排。");
        type("comment.keyTasks", "“赛事参与人次”未达目标，偏差原因请逐项写明。");
        noConsoleErrors("the review page");
        shot(3, "review-comments");
        click(By.xpath("//button[text()='退回修改']"));
        expectNotice("已退回");
        assertThat(text(By.cssSelector("dd span.status"))).isEqualTo("退回");
        assertThat(browser.findElements(By.cssSelector(".section-review .comments")).stream().map(WebElement::getText)
                .toList()).anySatisfy(c -> assertThat(c).contains("结转安排", "荔湾区财政局审核人"))
                .anySatisfy(c -> assertThat(c).contains("赛事参与人次", "荔湾区财政局审核人"));
        browser.executeScript("document.querySelector('.section-review .comments').scrollIntoView({block: 'center'})");
        shot(4, "returned");

        open("/");
        click(By.xpath(rowPath(CULTURE, "部门整体支出") + "//a"));
        type("comment", "材料齐全，同意。");
        click(By.xpath("//button[text()='审核通过']"));
        expectNotice("已审核通过");
        assertThat(text(By.cssSelector("section.workflow"))).contains("审核人", "荔湾区财政局审核人");
        click(By.xpath("//button[text()='公开']"));
        expectNotice("已公开");
        assertThat(text(By.cssSelector("dd span.status"))).isEqualTo("已公开");
        shot(5, "published");

        open("/");
        assertThat(browser.findElements(By.xpath(rowPath(SPORTS, "部门整体支出")))).as("returned: off the desk").isEmpty();
        assertThat(browser.findElements(By.xpath(rowPath(CULTURE, "部门整体支出")))).as("published: off the desk").isEmpty();
        assertThat(browser.findElements(By.xpath(rowPath(SPORTS, "项目支出")))).hasSize(1);
    }

    /** The statuses of the queue's rows, top to bottom. */
    private List<String> statuses() {
        return browser.findElements(By.cssSelector("table.queue tbody td span.status")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement row(String unit, String kind) {
        return browser.findElement(By.xpath(rowPath(unit, kind)));
    }

    /** The unit's 2024 row of that kind (a project's title is the unit·the project). */
    private static String rowPath(String unit, String kind) {
        return "//table[contains(@class, 'queue')]//tr[td/a[starts-with(text(), '" + unit + "')] and td[text()='"
                + kind + "'] and td[text()='2024']]";
    }
}
