package org.jixiao.library;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The entries in use as the suggestions, the linter and the statistics see them: read from the database once
 * and kept until the library changes (dropped when a change commits, read again on next need).
 */
@Component
class LibraryState {

    private final LibraryRepository repository;
    private final AtomicReference<LibrarySnapshot> current = new AtomicReference<>();
    /** Counts changes, so that a snapshot read while a change committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    LibraryState(LibraryRepository repository) {
        this.repository = repository;
    }

    LibrarySnapshot current() {
        LibrarySnapshot snapshot = current.get();
        if (snapshot == null) {
            long before = generation.get();
            snapshot = new LibrarySnapshot(repository.all(List.of(EntryStatus.ACTIVE)).stream()
                    .map(LibraryEntry::indicator).toList());
            if (generation.get() == before) {
                current.compareAndSet(null, snapshot);
            }
        }
        return snapshot;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(LibraryChanged event) {
        generation.incrementAndGet();
        current.set(null);
    }
}
