package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.database.OnceOnly;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo account per role for a new installation, beside the demo evaluation: their passwords are generated
 * and printed once, at the first start, and stored only as hashes.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_UNIT = "广州市荔湾区妇女联合会";
    static final String DEMO_REGION = "广州市荔湾区";
    private static final String MARKER = "demo-accounts-v1";
    private static final String SPLIT_MARKER = "demo-administrators-v2";

    private final Accounts accounts;
    private final Evaluations evaluations;
    private final OnceOnly once;

    DemoAccounts(Accounts accounts, Evaluations evaluations, OnceOnly once) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.once = once;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Accounts.NewAccount> created = new ArrayList<>();
        once.run(MARKER, () -> created.addAll(create()));
        // the three administrators of 三员分立 (admin above; a demo database made before the split gets the others)
        once.run(SPLIT_MARKER, () -> {
            for (Accounts.NewAccountRequest administrator : Accounts.ADMINISTRATORS) {
                if (accounts.find(administrator.username()).isEmpty()) {
                    created.add(accounts.createWithGeneratedPassword(administrator.username(),
                            administrator.displayName(), administrator.role(), null, null));
                }
            }
        });
        if (!created.isEmpty()) {
            print(created);
        }
    }

    private List<Accounts.NewAccount> create() {
        Long unitId = evaluations.unit(DEMO_UNIT, DEMO_REGION).map(Unit::id).orElse(null);
        List<Accounts.NewAccount> created = new ArrayList<>();
        created.add(accounts.createWithGeneratedPassword("admin", "系统管理员", Role.ADMINISTRATOR, null, null));
        created.add(accounts.createWithGeneratedPassword("reviewer", "荔湾区财政局审核人", Role.FINANCE_REVIEWER, null,
                DEMO_REGION));
        if (unitId != null) {
            created.add(accounts.createWithGeneratedPassword("lwfl", "荔湾区妇联填报人", Role.UNIT_EDITOR, unitId, null));
            created.add(accounts.createWithGeneratedPassword("lwfl-leader", "妇儿中心项目负责人", Role.PROJECT_LEADER,
                    unitId, null));
        }
        return created;
    }

    /** Printed on the console, not logged to files: shown once, to the person who starts the server. */
    private static void print(List<Accounts.NewAccount> created) {
        StringBuilder text = new StringBuilder("\n=== jixiao 演示账号（只显示这一次，请登录后修改密码） ===\n");
        for (Accounts.NewAccount account : created) {
            text.append(String.format("  %-12s %-8s %s  密码: %s%n", account.account().username(),
                    account.account().role().label(), account.account().displayName(), account.password()));
        }
        text.append("=== demo accounts (shown once) ===\n");
        System.out.print(text);
        System.out.flush();
    }
}
