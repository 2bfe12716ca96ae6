/**
 * The indicator library's pages: browse and search the entries, propose one, approve or reject proposals, curate,
 * import and export, the statistics of use, and the suggestions panel the workspace asks for a key task. A module
 * nested in the library's (docs/architecture.md): the pages may use more than the library itself does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library pages",
        allowedDependencies = {"account", "document", "evaluation", "library", "web"})
package org.jixiao.library.web;
