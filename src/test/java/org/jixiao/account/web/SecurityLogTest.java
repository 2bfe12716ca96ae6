package org.jixiao.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.jixiao.account.SecurityLog;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the security log holds after what people do through the pages: logins and their failures with the
 * address, lock-outs, administration, one's own password change without the password, downloads; and the
 * administrator's page and Excel table of it, which no one else opens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    SecurityLog log;
    @Autowired
    Evaluations evaluations;

    @Test
    void loginsFailuresAndTheLockOutAreLoggedWithTheAddress() throws Exception {
        accounts.create("log-login", "日志登录", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        for (int i = 0; i < 5; i++) {
            logIn("log-login", "wrong-pass-" + i, "198.51.100.71");
        }
        logIn("log-login", "secret-pass-1", "198.51.100.71");
        logIn("log-login", "secret-pass-1", "198.51.100.72");

        List<SecurityEvent> lines = linesOf("log-login");
        assertThat(lines).extracting(SecurityEvent::action, SecurityEvent::outcome, SecurityEvent::address)
                .containsExactly(
                        tuple("LOGIN", Outcome.SUCCESS, "198.51.100.72"),
                        tuple("LOGIN", Outcome.REFUSED, "198.51.100.71"),
                        tuple("LOCK_OUT", Outcome.SUCCESS, "198.51.100.71"),
                        tuple("LOGIN", Outcome.FAILURE, "198.51.100.71"),
                        tuple("LOGIN", Outcome.FAILURE, "198.51.100.71"),
                        tuple("LOGIN", Outcome.FAILURE, "198.51.100.71"),
                        tuple("LOGIN", Outcome.FAILURE, "198.51.100.71"),
                        tuple("LOGIN", Outcome.FAILURE, "198.51.100.71"));
    }

    @Test
    void administrationAndOnesOwnPasswordChangeAreLoggedWithoutPasswords() throws Exception {
        Account admin = accounts.create("log-admin", "日志管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        Account clerk = accounts.create("log-clerk", "日志审核人", Role.FINANCE_REVIEWER, null, "日志区", "secret-pass-1");

        mvc.perform(post("/admin/accounts/" + clerk.id() + "/enabled").param("enabled", "false")
                .with(SignedIn.as(admin)).with(csrf()).with(from("198.51.100.73")));
        mvc.perform(post("/account/password").param("current", "secret-pass-1").param("replacement", "New-secret-99")
                .param("repeated", "New-secret-99").with(SignedIn.as(admin)).with(csrf()));

        List<SecurityEvent> lines = linesOf("log-admin");
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.category()).isEqualTo(Category.ADMINISTRATION);
            assertThat(line.action()).isEqualTo("POST /admin/accounts/{id}/enabled");
            assertThat(line.target()).contains("id=" + clerk.id(), "enabled=false");
            assertThat(line.address()).isEqualTo("198.51.100.73");
            assertThat(line.outcome()).isEqualTo(Outcome.SUCCESS);
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.category()).isEqualTo(Category.ACCOUNT);
            assertThat(line.action()).isEqualTo("POST /account/password");
        });
        assertThat(lines).allSatisfy(line -> assertThat(String.valueOf(line.target()))
                .doesNotContain("secret-pass-1", "New-secret-99", "_csrf"));
    }

    @Test
    void aDownloadedReportIsLoggedAndARefusedAdministrationToo() throws Exception {
        long id = evaluations.importDocuments(List.of(Documents.seedOf("日志下载单位", "日志区", 2023)), "test").get(0).id();
        long unit = evaluations.unit("日志下载单位", "日志区").orElseThrow().id();
        Account editor = accounts.create("log-editor", "日志填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");

        mvc.perform(get("/evaluations/" + id + "/report.docx").with(SignedIn.as(editor)));
        mvc.perform(post("/admin/accounts/" + editor.id() + "/enabled").param("enabled", "false")
                .with(SignedIn.as(editor)).with(csrf()));

        assertThat(linesOf("log-editor")).extracting(SecurityEvent::category, SecurityEvent::outcome)
                .contains(tuple(Category.EXPORT, Outcome.SUCCESS));
        assertThat(accounts.find("log-editor").orElseThrow().enabled()).isTrue();
    }

    @Test
    void theAuditAdministratorReadsAndExportsTheLogAndNoOneElseDoes() throws Exception {
        Account auditor = accounts.create("log-reader", "日志读者", Role.AUDIT_ADMINISTRATOR, null, null, "secret-pass-1");
        Account reviewer = accounts.create("log-reviewer", "日志审核", Role.FINANCE_REVIEWER, null, "日志区",
                "secret-pass-1");
        Account admin = accounts.create("log-system", "系统管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        logIn("log-reader", "wrong-pass-1", "198.51.100.74");

        String today = LocalDate.now(SecurityLogQuery.ZONE).toString();
        String page = mvc.perform(get("/admin/security-log").param("actor", "log-reader").param("category", "LOGIN")
                .param("from", today).param("to", today)
                .with(SignedIn.as(auditor))).andReturn().getResponse().getContentAsString();
        String yesterday = mvc.perform(get("/admin/security-log").param("actor", "log-reader")
                .param("to", LocalDate.now(SecurityLogQuery.ZONE).minusDays(1).toString())
                .with(SignedIn.as(auditor))).andReturn().getResponse().getContentAsString();
        byte[] excel = mvc.perform(get("/admin/security-log.xlsx").param("actor", "log-reader")
                .with(SignedIn.as(auditor))).andReturn().getResponse().getContentAsByteArray();

        assertThat(page).contains("安全日志", "198.51.100.74", "失败", "用户名或密码不正确");
        assertThat(page).contains("value=\"" + today + "\"");
        assertThat(yesterday).contains("没有符合条件的记录").doesNotContain("198.51.100.74");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(excel))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(first.getCell(1))).isEqualTo("log-reader");
            assertThat(cells.formatCellValue(first.getCell(2))).isEqualTo("198.51.100.74");
        }
        // 三员分立: the audit administrator alone, not the system administrator whose doings it holds
        for (Account other : List.of(reviewer, admin)) {
            assertThat(mvc.perform(get("/admin/security-log").with(SignedIn.as(other))).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
        }
    }

    private void logIn(String username, String password, String address) throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    private List<SecurityEvent> linesOf(String actor) {
        return log.find(new SecurityLog.Filter(null, null, actor, null, null), 0, 100);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
