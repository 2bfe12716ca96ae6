package org.jixiao.library;

/** The library changed (an entry created, edited, approved, retired, imported): what is cached of it is stale. */
record LibraryChanged(String actor) {
}
