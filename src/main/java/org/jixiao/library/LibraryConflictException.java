package org.jixiao.library;

/** A change that does not fit the entry as it stands now (edited meanwhile, not in a state to do this). */
public class LibraryConflictException extends RuntimeException {

    public LibraryConflictException(String message) {
        super(message);
    }
}
