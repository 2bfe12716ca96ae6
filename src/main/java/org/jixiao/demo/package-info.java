/**
 * The demo a new installation may start with ({@code jixiao.demo.enabled}, off in production): the seed report, one
 * account per role, and a made-up region around the seed's unit whose evaluations have been through a year's work
 * (filed, monitored, submitted, returned, approved, published) by the same services people use, so that each demo
 * account's first page shows work of its own. A module of its own because it drives the review and monitoring
 * modules, which depend on the evaluations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"account", "database", "document", "evaluation", "exante", "goals", "monitoring", "review", "scoring"})
package org.jixiao.demo;
