package org.jixiao.account;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Keys kept in files outside the database, readable by their owner only (a database administrator must not hold
 * them). The first server to need one makes it; servers starting at once end up with the one that was written
 * first, never with a file half-written or replaced.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The file's text, made first from {@code content} (ASCII) where there is no file yet. */
    public static String readOrMake(Path file, Supplier<String> content) {
        try {
            if (!Files.exists(file)) {
                make(file, content.get());
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或写入密钥文件 " + file, e);
        }
    }

    private static void make(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".key", ".tmp");
        try {
            restrict(temporary);
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            claim(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Gives the written key its name unless another server's came first, which is then the key: a hard link never
     * replaces a file; where links are not supported, a move without replacing does the same (but for a race
     * between its check and its rename, which only servers started in the same instant could lose).
     */
    private static void claim(Path temporary, Path file) throws IOException {
        try {
            if (!linked(temporary, file)) {
                Files.move(temporary, file); // no hard links here: a move without replacing does the same
            }
        } catch (FileAlreadyExistsException e) {
            // the other server's key is read back by the caller
        }
    }

    /** Links the key's name to the written file; false where the file system has no hard links. */
    private static boolean linked(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Owner only: mode 600 where the file system has POSIX modes; elsewhere (Windows) the owner-only flags Java
     * offers there, which such a file system may only partly honour, so the folder's own access list must guard it
     * too (docs/security.md, "Secrets at rest").
     */
    private static void restrict(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } else {
            File file = path.toFile();
            file.setReadable(false, false);
            file.setReadable(true, true);
            file.setWritable(false, false);
            file.setWritable(true, true);
        }
    }
}
