/**
 * The command line of docs/command-line.md (picocli): {@code serve} (the default), {@code extract}, {@code validate},
 * {@code score}, {@code lint}, {@code render}, {@code import}, {@code export}, {@code verify}. Commands that need no
 * database run on the pure modules and start no Spring context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
        allowedDependencies = {"account", "document", "evaluation", "extraction", "library", "rendering", "scoring",
            "seal"})
package org.jixiao.cli;
