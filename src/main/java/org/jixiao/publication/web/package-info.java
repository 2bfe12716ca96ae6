/**
 * The public page that checks a downloaded report (核验): a PDF or a document's JSON uploaded by anyone, checked
 * against what this installation published ({@link org.jixiao.publication.Verification}). A module nested in the
 * publication's, as every feature's pages are (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication pages",
        allowedDependencies = {"document", "publication", "seal", "web"})
package org.jixiao.publication.web;
