package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Habits of the source that no formatter checks (docs/architecture.md): a class is named by an import, not by its
 * full name inside the code, unless its simple name is taken in that file by another class.
 */
class SourceHabitsTest {

    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\w.])((?:java|javax|jakarta|org|com|io|net)\\.(?:[a-z0-9_]+\\.)*)([A-Z]\\w*)");

    @Test
    void classesAreNamedByImportsNotByTheirFullNames() throws IOException {
        List<String> fullNames = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    fullNames.addAll(fullNamesIn(file));
                }
            }
        }
        assertThat(fullNames).as("full class names where an import would do").isEmpty();
    }

    private static List<String> fullNamesIn(Path file) throws IOException {
        if (file.getFileName().toString().equals("package-info.java")) {
            return List.of(); // a package's annotations come before any import can
        }
        List<String> lines = Files.readAllLines(file);
        String source = String.join("\n", lines);
        Set<String> taken = takenSimpleNames(file, lines, source);
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("/*")) {
                inComment = true;
            }
            if (inComment || line.startsWith("*") || line.startsWith("//") || line.startsWith("import ")
                    || line.startsWith("package ")) {
                inComment = inComment && !line.contains("*/");
                continue;
            }
            Matcher m = FULL_NAME.matcher(line);
            while (m.find()) {
                boolean inString = line.substring(0, m.start()).chars().filter(c -> c == '"').count() % 2 == 1;
                String simple = m.group(2);
                String full = m.group(1) + simple;
                if (!inString && !m.group(1).equals("java.lang.") && (!taken.contains(simple) || imports(lines, full))) {
                    found.add(file + ":" + (i + 1) + ": " + full);
                }
            }
        }
        return found;
    }

    private static boolean imports(List<String> lines, String full) {
        return lines.contains("import " + full + ";");
    }

    /** Simple names this file cannot give to another class: imported, declared here, or a class of its package. */
    private static Set<String> takenSimpleNames(Path file, List<String> lines, String source) throws IOException {
        Set<String> taken = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith("import ") && !line.contains(" static ")) {
                taken.add(line.substring(line.lastIndexOf('.') + 1, line.indexOf(';')));
            }
        }
        Matcher declared = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)").matcher(source);
        while (declared.find()) {
            taken.add(declared.group(1));
        }
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .forEach(n -> taken.add(n.substring(0, n.length() - 5)));
        }
        return taken;
    }
}
