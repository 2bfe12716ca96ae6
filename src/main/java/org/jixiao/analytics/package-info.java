/**
 * Views across units: the finance bureau's dashboard of a region and year, results application (grades turned
 * into next year's budget advice), and year-over-year comparison.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"account", "document", "evaluation", "rendering", "review", "scoring"})
package org.jixiao.analytics;
