package org.jixiao.demo;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.database.OnceOnly;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One demo account per role for a new installation, beside the seed: their passwords are generated and shown once,
 * at the first start, and stored only as hashes.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoAccounts {

    static final Person REVIEWER = new Person("reviewer", "荔湾区财政局审核人");
    static final Person EDITOR = new Person("lwfl", "荔湾区妇联填报人");
    static final Person LEADER = new Person("lwfl-leader", "妇儿中心项目负责人");
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

    /** The accounts made now, with their passwords: none where they were made before. */
    List<Accounts.NewAccount> create() {
        List<Accounts.NewAccount> created = new ArrayList<>();
        once.run(MARKER, () -> created.addAll(roles()));
        // the three administrators of 三员分立 (admin above; a demo database made before the split gets the others)
        once.run(SPLIT_MARKER, () -> {
            for (Accounts.NewAccountRequest administrator : Accounts.ADMINISTRATORS) {
                if (accounts.find(administrator.username()).isEmpty()) {
                    created.add(accounts.createWithGeneratedPassword(administrator.username(),
                            administrator.displayName(), administrator.role(), null, null));
                }
            }
        });
        return created;
    }

    private List<Accounts.NewAccount> roles() {
        Long unitId = evaluations.unit(DemoData.UNIT, DemoData.REGION).map(Unit::id).orElse(null);
        List<Accounts.NewAccount> created = new ArrayList<>();
        created.add(accounts.createWithGeneratedPassword("admin", "系统管理员", Role.ADMINISTRATOR, null, null));
        created.add(accounts.createWithGeneratedPassword(REVIEWER.username(), REVIEWER.displayName(),
                Role.FINANCE_REVIEWER, null, DemoData.REGION));
        if (unitId != null) {
            created.add(accounts.createWithGeneratedPassword(EDITOR.username(), EDITOR.displayName(), Role.UNIT_EDITOR,
                    unitId, null));
            created.add(accounts.createWithGeneratedPassword(LEADER.username(), LEADER.displayName(),
                    Role.PROJECT_LEADER, unitId, null));
        }
        return created;
    }
}
