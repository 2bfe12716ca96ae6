package org.jixiao.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The audit administrator checks the trail from a page; no other role opens it. */
@SpringBootTest
@AutoConfigureMockMvc
class TrailPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void theAuditAdministratorChecksEveryChainAndSeesThemSound() throws Exception {
        Account auditor = accounts.create("trail-auditor", "链校验人", Role.AUDIT_ADMINISTRATOR, null, null, "secret-pass-1");

        String before = mvc.perform(get("/admin/trail").with(SignedIn.as(auditor))).andReturn().getResponse()
                .getContentAsString();
        String checked = mvc.perform(post("/admin/trail").with(SignedIn.as(auditor)).with(csrf())).andReturn()
                .getResponse().getContentAsString();

        assertThat(before).contains("审计链校验", "立即校验").doesNotContain("已校验条目");
        assertThat(checked).contains("审计记录（评价的修改与审核）", "安全日志", "完好").doesNotContain("已被篡改");
    }

    @Test
    void noOtherRoleOpensIt() throws Exception {
        for (Role role : new Role[] {Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.FINANCE_REVIEWER}) {
            Account other = accounts.create("trail-" + role.name().toLowerCase(Locale.ROOT), "别人", role, null,
                    role == Role.FINANCE_REVIEWER ? "广州市荔湾区" : null, "secret-pass-1");

            assertThat(mvc.perform(post("/admin/trail").with(SignedIn.as(other)).with(csrf())).andReturn().getResponse()
                    .getStatus()).as(role.name()).isEqualTo(403);
        }
    }
}
