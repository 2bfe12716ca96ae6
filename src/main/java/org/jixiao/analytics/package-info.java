/**
 * Views across units: the finance bureau's dashboard of a region and year, results application (grades turned
 * into next year's budget advice), year-over-year comparison, and a unit's whole cycle on one page (ex-ante, goals,
 * monitoring, self-evaluation, results).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"account", "document", "evaluation", "exante", "goals", "indepth", "monitoring", "rendering", "review",
                "scoring"})
package org.jixiao.analytics;
