/**
 * The review pages: the steps of an evaluation's workflow (submit, return with comments per section, approve,
 * publish, begin next year) and its audit trail in words people read. A module nested in review's
 * (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review pages",
        allowedDependencies = {"document", "evaluation", "review", "web"})
package org.jixiao.review.web;
