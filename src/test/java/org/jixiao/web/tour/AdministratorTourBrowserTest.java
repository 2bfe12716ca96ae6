package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The system administrators of 三员分立: the system administrator sees the demo's accounts and makes one for the
 * seed's unit, whose password is shown once and lets its person in (to change it first), but may not read the
 * security log; the security administrator resets that password; the audit administrator reads both steps in the
 * security log, by whom they were taken.
 */
class AdministratorTourBrowserTest extends RoleTour {

    private static final String NEW = "lwfl-tour";
    private static final By NEW_ROW = By.xpath("//table[contains(@class, 'list')]//tr[td[text()='" + NEW + "']]");

    AdministratorTourBrowserTest() {
        super("admin");
    }

    @Test
    void anAccountMadeResetAndReadInTheSecurityLogByThreeAdministrators() throws Exception {
        logIn("admin");
        click(By.linkText("管理"));
        String listed = text(By.cssSelector("table.list"));
        assertThat(listed).contains("lwfl", "荔湾区妇联填报人", "单位填报人", "lwfl-leader", "项目负责人", "reviewer",
                "财政审核人", REGION, "secadmin", "安全管理员", "auditor", "审计管理员");
        fitsTheWindow("the accounts");
        shot(1, "accounts");

        type("username", NEW);
        type("displayName", "荔湾区妇联第二填报人");
        new Select(browser.findElement(By.name("role"))).selectByVisibleText("单位填报人");
        new Select(browser.findElement(By.name("unitId"))).selectByVisibleText(REGION + " · " + SEED_UNIT);
        click(By.xpath("//form[@action='/admin/accounts']//button[@type='submit']"));
        String once = waitFor(By.cssSelector("p.notice code.password")).getText();
        assertThat(text(By.cssSelector("p.notice"))).contains("账号 " + NEW + " 的密码（只显示这一次");
        assertThat(once).hasSizeGreaterThanOrEqualTo(12);
        assertThat(text(NEW_ROW)).contains("荔湾区妇联第二填报人", "单位填报人", SEED_UNIT, "正常");
        noConsoleErrors("the accounts");
        shot(2, "account-created");

        // 三员分立: the security log is the audit administrator's, not the system administrator's
        open("/admin/security-log");
        assertThat(main()).contains("您没有权限").doesNotContain("安全日志");
        noConsoleErrors("the refused security log", 403);
        logOut();

        // the person the password was handed to: in, and asked to choose their own first
        Browser.logIn(browser, port, NEW, once);
        assertThat(browser.getCurrentUrl()).contains("/account/password");
        assertThat(main()).contains("请先修改密码");
        logOut();

        logIn("secadmin");
        open("/admin/accounts");
        click(By.xpath("//table[contains(@class, 'list')]//tr[td[text()='" + NEW + "']]//button[text()='重置密码']"));
        String reset = waitFor(By.cssSelector("p.notice code.password")).getText();
        assertThat(reset).isNotEqualTo(once).hasSizeGreaterThanOrEqualTo(12);
        noConsoleErrors("the security administrator's accounts");
        shot(3, "password-reset");
        logOut();

        logIn("auditor");
        open("/admin/security-log");
        assertThat(text(By.tagName("h1"))).contains("安全日志");
        type("actor", "secadmin");
        click(By.cssSelector("form.filters button[type=submit]"));
        waitFor(By.xpath("//table[contains(@class, 'list')]//td[text()='重置密码']"));
        assertThat(text(By.cssSelector("table.list"))).contains("secadmin", "管理操作", "重置密码", "成功");
        seen("the security log", 4, "security-log");
        type("actor", "admin");
        click(By.cssSelector("form.filters button[type=submit]"));
        waitFor(By.xpath("//table[contains(@class, 'list')]//td[text()='新建账号']"));
    }
}
