package org.jixiao.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Browser;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 核验 in a real browser, as a member of the public: the report's page says it is signed and links to the check;
 * the PDF downloaded from it, uploaded through the form, is found to be what was published. Screenshots of both
 * pages go to target/screenshots (reviewed copies in docs/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifyPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    ReviewWorkflow workflow;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDownloadedReportIsFoundToBeWhatWasPublished(@TempDir Path dir) throws Exception {
        browser = Browser.start();
        EvaluationDocument seed = SeedDocument.load();
        EvaluationDocument document = seed.withDepartment(new Department("示例区妇女联合会", null, "广州市示例区", null, null));
        long id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        long unit = evaluations.unit("示例区妇女联合会", "广州市示例区").orElseThrow().id();
        workflow.submit(new Actor(1, "browser-editor", "填报人", Role.UNIT_EDITOR, unit, null), id);
        Actor reviewer = new Actor(2, "browser-reviewer", "示例区财政局审核人", Role.FINANCE_REVIEWER, null, "广州市示例区");
        workflow.approve(reviewer, id, null);
        workflow.publish(reviewer, id);

        browser.get("http://localhost:" + port + "/public/reports/" + id);
        assertThat(browser.findElement(By.cssSelector(".signed-note")).getText()).contains("数字签名", "sha256:");
        shot("public-report-signed");

        byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/public/reports/" + id + "/report.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Path downloaded = Files.write(dir.resolve("示例区妇女联合会-2023-绩效自评报告.pdf"), pdf);
        browser.findElement(By.linkText("核验下载的报告")).click();
        browser.findElement(By.name("file")).sendKeys(downloaded.toString());
        browser.findElement(By.cssSelector(".verify-form button[type=submit]")).click();

        String verdict = browser.findElement(By.cssSelector(".verdict")).getText();
        assertThat(verdict).contains("核验通过", "示例区妇女联合会 2023", "示例区财政局审核人");
        List<LogEntry> problems = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(problems).isEmpty();
        shot("public-verify");
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
