package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.HiddenCharacters;

/** Files the commands write: whole or not at all (written beside the target, then moved into place). */
final class OutputFiles {

    private OutputFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".jixiao-", ".part");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** 单位-年度[-项目], with characters that file systems refuse replaced and those not seen (U+202E …) left out. */
    static String fileName(EvaluationDocument document) {
        String name = HiddenCharacters.strip(document.title()).replace('·', '-') + "-" + document.fiscalYear();
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
