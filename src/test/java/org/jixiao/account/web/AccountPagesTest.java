package org.jixiao.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The accounts' pages: the administrator creates an account (and is refused one in words), everyone's password. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void anAdministratorCreatesAnAccountAndSeesItsPasswordOnce() throws Exception {
        Account admin = accounts.create("portal-admin", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        var created = mvc.perform(post("/admin/accounts").with(csrf())
                .with(SignedIn.as(admin))
                .param("username", "new-reviewer").param("displayName", "新审核人").param("role", "FINANCE_REVIEWER")
                .param("region", "广州市海珠区")).andReturn();
        var shown = (AccountAdminController.ShownPassword) created.getFlashMap().get("password");

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(shown.username()).isEqualTo("new-reviewer");
        assertThat(passwords.matches(shown.password(), accounts.find("new-reviewer").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(accounts.find("new-reviewer")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.FINANCE_REVIEWER);
            assertThat(account.region()).isEqualTo("广州市海珠区");
        });
        String page = mvc.perform(get("/admin/accounts").with(SignedIn.as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("new-reviewer", "新审核人", "财政审核人", "广州市海珠区")
                .doesNotContain("只显示这一次").doesNotContain(shown.password());
    }

    @Test
    void aRefusedAccountIsExplainedBesideTheForm() throws Exception {
        Account admin = accounts.create("portal-admin2", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        MockHttpServletResponse response = mvc.perform(post("/admin/accounts").with(csrf())
                .with(SignedIn.as(admin))
                .param("username", "x y").param("displayName", "某人").param("role", "UNIT_EDITOR"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("用户名应为 2 至 64 个字母");
    }

    @Test
    void aRoleNoFormOffersIsRefusedInChineseNotInSpringsWords() throws Exception {
        Account admin = accounts.create("portal-admin5", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        MockHttpServletResponse response = mvc.perform(post("/admin/accounts").with(csrf())
                .with(SignedIn.as(admin))
                .param("username", "no-such-role").param("displayName", "某人").param("role", "SUPERUSER"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("参数 role 的值“SUPERUSER”无效，未保存任何内容")
                .doesNotContain("org.jixiao", "java.lang", "No enum constant", "Failed to convert");
        assertThat(accounts.find("no-such-role")).isEmpty();
    }

    @Test
    void everyoneChangesTheirOwnPassword() throws Exception {
        Account editor = accounts.create("portal-pw", "填报", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        String wrong = mvc.perform(post("/account/password").with(csrf()).with(SignedIn.as(editor))
                .param("current", "nope-nope-1").param("replacement", "new-secret-22").param("repeated", "new-secret-22"))
                .andReturn().getResponse().getContentAsString();
        String mismatch = mvc.perform(post("/account/password").with(csrf()).with(SignedIn.as(editor))
                .param("current", "secret-pass-1").param("replacement", "new-secret-22").param("repeated", "new-secret-23"))
                .andReturn().getResponse().getContentAsString();
        String done = mvc.perform(post("/account/password").with(csrf()).with(SignedIn.as(editor))
                .param("current", "secret-pass-1").param("replacement", "new-secret-22").param("repeated", "new-secret-22"))
                .andReturn().getResponse().getContentAsString();

        assertThat(wrong).contains("当前密码不正确");
        assertThat(mismatch).contains("两次输入的新密码不一致");
        assertThat(done).contains("密码已修改");
        assertThat(passwords.matches("new-secret-22", accounts.find("portal-pw").orElseThrow().passwordHash())).isTrue();
    }
}
