/**
 * 事前绩效评估's pages: the unit's requests and the form to file one, the reviewer's list and the assessment page with
 * its running total, the report's downloads. A nested module (docs/architecture.md); every decision is the service's
 * and {@link org.jixiao.exante.ExAnteAccess}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ex-ante pages",
        allowedDependencies = {"account", "evaluation", "exante", "rendering", "scoring", "web"})
package org.jixiao.exante.web;
