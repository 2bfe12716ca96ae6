package org.jixiao.templates;

import org.jixiao.account.Actor;
import org.jixiao.account.Role;

/**
 * Who may upload, preview and activate a region's template: the administrator (系统管理员), who keeps every region
 * of the deployment; not the region's reviewers, whose reports are printed in it, nor the units.
 */
final class TemplateAccess {

    private TemplateAccess() {
    }

    static boolean canManage(Actor actor) {
        return actor != null && actor.is(Role.ADMINISTRATOR);
    }
}
