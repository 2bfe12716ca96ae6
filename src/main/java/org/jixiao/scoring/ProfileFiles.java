package org.jixiao.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A deployment's folder of profiles, scoring's and ex-ante's alike: one {@code .json}, {@code .yaml} or {@code .yml}
 * file per profile, read in the order of the file names (docs/scoring-profiles.md, docs/ex-ante.md).
 */
final class ProfileFiles {

    private ProfileFiles() {
    }

    /** The folder's profile files; {@code what} names the kind of profile in the refusal. */
    static List<Path> in(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidProfileException(folder + ": " + what + "目录不存在");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).+\\.(json|ya?ml)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidProfileException(folder + ": 无法读取" + what + "目录：" + e.getMessage(), e);
        }
    }

    /** The reader of the file's format: YAML for .yaml and .yml, else the given JSON reader. */
    static ObjectMapper readerOf(Path file, ObjectMapper json) {
        return file.getFileName().toString().toLowerCase().endsWith(".json") ? json : Yaml.MAPPER;
    }

    /** The YAML reader, loaded only when a folder holds a YAML profile: the command line starts faster without. */
    private static final class Yaml {

        static final ObjectMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
