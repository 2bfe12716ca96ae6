package org.jixiao.templates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator uploads 四川's project form for the demo's region, previews it on one of the region's projects
 * with the inventory beside it and activates it; each page fits an office screen and is kept as a screenshot
 * (target/screenshots/templates-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemplatesBrowserTest {

    private static final String PASSWORD = "Template-pass-2026-x";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Evaluations evaluations;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorUploadsPreviewsAndActivatesARegionsForm(@TempDir Path dir) throws Exception {
        String region = evaluations.unit(accounts.find("demo-kexie").orElseThrow().unitId()).orElseThrow().region();
        Path file = Files.write(dir.resolve("四川项目自评表.docx"),
                ShippedTemplates.named("sichuan-project").orElseThrow().content());
        Account admin = accounts.find("admin").orElseThrow();
        accounts.changePassword("admin", accounts.resetPassword(admin.id()), PASSWORD);
        browser = Browser.start();
        Browser.logIn(browser, port, "admin", PASSWORD);

        open("/admin/templates");
        new Select(browser.findElement(By.name("region"))).selectByVisibleText(region);
        new Select(browser.findElement(By.name("kind"))).selectByValue("PROJECT");
        browser.findElement(By.name("year")).clear();
        browser.findElement(By.name("year")).sendKeys("2024");
        browser.findElement(By.name("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form.template-upload button")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("已通过检查", "四川项目自评表.docx",
                "草稿", "请先选择一项评价");

        browser.findElement(By.cssSelector("form.template-pick button")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("模板使用而该评价没有填写的内容",
                "下载预览（pdf）", "启用此模板");
        keep("templates-preview");

        browser.findElement(By.cssSelector("section.inventory form button")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("模板已启用");
        open("/admin/templates");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(region, "四川项目自评表.docx", "启用");
        keep("templates-list");
    }

    private void open(String path) {
        Browser.openFitting(browser, port, path);
    }

    private void keep(String name) throws Exception {
        Browser.keep(browser, name);
    }
}
