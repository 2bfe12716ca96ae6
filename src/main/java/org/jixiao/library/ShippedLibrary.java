package org.jixiao.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jixiao.database.OnceOnly;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.library.LibraryFiles.FileEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On the first start of an installation, loads the shipped library ({@code src/main/resources/library/*.json})
 * as version 1 of each entry. Product data, not demo data: every installation gets it, once (a marker row
 * remembers it, so an entry an administrator retired stays retired).
 */
@Component
@Order(ShippedLibrary.ORDER)
class ShippedLibrary implements ApplicationRunner {

    /** Before the demo data, whose assessment cites the library. */
    static final int ORDER = 50;
    static final String LOCATION = "classpath:library/*.json";
    private static final String MARKER = "indicator-library-v1";
    private static final Logger log = LoggerFactory.getLogger(ShippedLibrary.class);

    private final IndicatorLibrary library;
    private final OnceOnly once;

    ShippedLibrary(IndicatorLibrary library, OnceOnly once) {
        this.library = library;
        this.once = once;
    }

    @Override
    public void run(ApplicationArguments args) {
        once.run(MARKER, () -> {
            ImportResult result = library.importEntries(Evaluations.SYSTEM, entries(),
                    EntryChange.SHIPPED);
            log.info("Indicator library loaded: {} entries", result.created().size());
        });
    }

    /** The shipped entries, file by file in the order of their names. */
    static List<FileEntry> entries() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<FileEntry> entries = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    entries.addAll(LibraryFiles.readJson(file.getFilename(), in.readAllBytes()));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped indicator library cannot be read", e);
        }
    }
}
