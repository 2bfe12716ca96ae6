/**
 * The accounts' pages: the login page and the second factor's step, everyone's own password and second factor,
 * the administrators' account lists (三员分立), the reset of a lost second factor, the security log and its export,
 * and the end of an account's sessions once its credentials change. The security chain that leads to these pages
 * is shared by every page and stays in {@code web}. A module nested in the accounts' (docs/architecture.md), which
 * themselves depend on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account pages",
        allowedDependencies = {"account", "evaluation", "rendering", "web"})
package org.jixiao.account.web;
