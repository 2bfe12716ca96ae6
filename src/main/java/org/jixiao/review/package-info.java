/**
 * Who changes what, when: the actor-aware operations on evaluations (read, edit, submit, return with comments
 * per section, approve, publish), each checked against the account's permissions, and the append-only audit
 * trail that records every change field by field and every transition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review", allowedDependencies = {"account", "document", "evaluation"})
package org.jixiao.review;
