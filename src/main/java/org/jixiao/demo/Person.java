package org.jixiao.demo;

/** A demo person's account: its user name, and the name shown (and named as a key task's 项目负责人). */
record Person(String username, String displayName) {
}
