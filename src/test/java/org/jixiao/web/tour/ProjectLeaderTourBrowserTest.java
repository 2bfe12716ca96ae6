package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed unit's project leader: their first page shows the project the unit's editor named them to lead (the
 * 妇儿中心 project form, a draft); they open it, write how an indicator actually came out and why it fell short, see
 * the score follow as they type, enter what the project spent (the 自评表's funds are theirs to fill in), save, and find
 * the score on the evaluation's page.
 */
class ProjectLeaderTourBrowserTest extends RoleTour {

    private static final String PROJECT = SEED_UNIT + "·妇儿工委及妇女儿童中心工作";
    private static final String ACTUAL = "keyTasks[0].indicators[1].actual";
    private static final String REASON = "keyTasks[0].indicators[1].deviationReason";

    ProjectLeaderTourBrowserTest() {
        super("leader");
    }

    @Test
    void opensTheirProjectWritesAnIndicatorsOutcomeAndSeesTheScore() throws Exception {
        logIn("lwfl-leader");
        assertThat(text(By.cssSelector("table.queue"))).contains(PROJECT, "2023", "项目支出", "草稿");
        seen("the leader's first page", 1, "home");

        click(By.linkText(PROJECT));
        assertThat(text(By.cssSelector("h1.report-title"))).contains("项目支出绩效自评表");
        click(By.linkText("修改"));
        waitFor(By.id("live-total"));
        settle();
        String before = text(By.id("live-total"));
        assertThat(browser.findElement(By.name("keyTasks[0].indicators[1].name")).getDomProperty("value"))
                .isEqualTo("开展主题活动");
        type(ACTUAL, "3次");
        new Select(browser.findElement(By.name("keyTasks[0].indicators[1].met"))).selectByVisibleText("未完成");
        type(REASON, "下半年活动场地改造，一场主题活动延至次年一月举办。");
        // the live score follows the unsaved input: one activity short costs points
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.not(ExpectedConditions.textToBe(By.id("live-total"), before)));
        String after = text(By.id("live-total"));
        assertThat(Double.parseDouble(after)).isLessThan(Double.parseDouble(before));
        seen("the project's workspace", 2, "indicator-outcome");
        // the project's funds: all spent, the rate as typed beside the one computed
        String budget = browser.findElement(By.name("funds.budget")).getDomProperty("value");
        assertThat(browser.findElement(By.name("funds.executed")).isEnabled()).as("the funds are the leader's").isTrue();
        type("funds.executed", budget);
        type("funds.executionRate", "100");
        click(By.cssSelector("button.save"));
        expectNotice("已保存");
        assertThat(browser.findElement(By.name("funds.executed")).getDomProperty("value")).isEqualTo(budget);
        assertThat(browser.findElement(By.name("funds.executionRate")).getDomProperty("value")).isEqualTo("100");
        assertThat(browser.findElement(By.name(ACTUAL)).getDomProperty("value")).isEqualTo("3次");
        assertThat(browser.findElement(By.name(REASON)).getDomProperty("value")).contains("延至次年一月");

        click(By.linkText("返回评价"));
        assertThat(main()).contains("自评得分", after, "下半年活动场地改造");
        noConsoleErrors("the project's page");
        shot(3, "scored");
    }
}
