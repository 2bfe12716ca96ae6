package org.jixiao.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.account.Accounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At each start with the demo on, what of it this database does not have yet: the seed, the demo accounts, the
 * region. Each part is done once (its marker row remembers it), so a restart adds nothing and an installation of an
 * earlier demo gets only the newer parts. The passwords of the accounts made are shown once, together.
 */
@Component
@Order(100) // before the first administrators, who are not made where the demo made its accounts
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class Demo implements ApplicationRunner {

    private final DemoData data;
    private final DemoAccounts accounts;
    private final DemoRegion region;
    private final DemoGoals goals;
    private final DemoExAnte exAnte;

    Demo(DemoData data, DemoAccounts accounts, DemoRegion region, DemoGoals goals, DemoExAnte exAnte) {
        this.data = data;
        this.accounts = accounts;
        this.region = region;
        this.goals = goals;
        this.exAnte = exAnte;
    }

    @Override
    public void run(ApplicationArguments args) {
        data.load();
        List<Accounts.NewAccount> created = new ArrayList<>(accounts.create());
        created.addAll(region.build());
        goals.build();
        exAnte.build();
        if (!created.isEmpty()) {
            print(created);
        }
    }

    /** Printed on the console, not logged to files: shown once, to the person who starts the server. */
    private static void print(List<Accounts.NewAccount> created) {
        StringBuilder text = new StringBuilder("\n=== jixiao 演示账号（只显示这一次，请登录后修改密码） ===\n");
        for (Accounts.NewAccount account : created) {
            text.append(String.format(Locale.ROOT, "  %-18s %-8s %s  密码: %s%n", account.account().username(),
                    account.account().role().label(), account.account().displayName(), account.password()));
        }
        text.append("=== demo accounts (shown once) ===\n");
        System.out.print(text);
        System.out.flush();
    }
}
