/**
 * Publication (公开) that anyone can verify: when a reviewer publishes an evaluation, its report is rendered as PDF,
 * signed with the finance bureau's key ({@link org.jixiao.seal}) and kept exactly as signed, with the digest of the
 * document it came from; the portal serves that file, and a copy anyone holds is checked against it. The key comes
 * from the bureau's PKCS#12 keystore named in configuration, or is generated once, self-signed, for a demo or trial.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication",
        allowedDependencies = {"account", "document", "evaluation", "goals", "rendering", "review", "seal"})
package org.jixiao.publication;
