/**
 * 重点绩效评价's pages: the bureau's choice of projects and its institutions, the list of evaluations, one
 * evaluation with its framework editor, the experts' scores side by side with their spreads, the agreed scores, the
 * report's texts and downloads. A nested module (docs/architecture.md); every decision is the service's and
 * {@link org.jixiao.indepth.InDepthAccess}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "In-depth evaluation pages",
        allowedDependencies = {"account", "document", "indepth", "rendering", "scoring", "web"})
package org.jixiao.indepth.web;
