/**
 * What every page shares: the security chain (form login with its second-factor step, HTTP Basic for the API, the
 * lock-out, the first things a login must do), sessions in the database, the model every page gets (the current
 * actor), the pages for refused and failed requests with their incident numbers, the language, and helpers of many
 * pages (a table's page, a region's scope, typed numbers, reports as files). Each feature's own pages live with it
 * in a {@code web} module nested in the feature's ({@code evaluation.web}, {@code review.web}, {@code library.web},
 * {@code monitoring.web}, {@code analytics.web}, {@code account.web}); they use this package, never the reverse.
 * The REST API is {@code web.api}, one package for all features (its package-info says why). Controllers only
 * translate between HTTP and the modules that do the work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"account", "analytics", "document", "evaluation", "extraction", "monitoring",
            "publication", "rendering", "review", "seal"})
package org.jixiao.web;
