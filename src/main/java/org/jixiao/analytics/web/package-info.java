/**
 * The analytics pages: the finance bureau's dashboard of a region and year, results applied to next year's budget,
 * a unit's history year over year, each with its Excel export and charts. A module nested in analytics'
 * (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics pages",
        allowedDependencies = {"analytics", "document", "evaluation", "indepth", "rendering", "web"})
package org.jixiao.analytics.web;
