/**
 * The monitoring pages: a unit's monthly report of spending and progress with its signals, and the region's view
 * for the finance bureau. A module nested in monitoring's (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring pages",
        allowedDependencies = {"account", "evaluation", "monitoring", "web"})
package org.jixiao.monitoring.web;
