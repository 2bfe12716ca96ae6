package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The module diagram in {@code docs/modules.puml} is the modules as the code has them: Spring Modulith's Documenter
 * draws them again on every build, and a change of dependencies that the diagram does not show fails here, with the
 * file to copy over it.
 */
class ModuleDiagramTest {

    private static final Path DRAWN = Path.of("target/modulith-docs");
    private static final Path IN_DOCS = Path.of("docs/modules.puml");

    @Test
    void theDiagramInDocsIsTheModulesAsTheyAre() throws IOException {
        new Documenter(ApplicationModules.of(JixiaoApplication.class),
                Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));

        // the same modules and arrows, in whatever order the Documenter writes them on this run
        List<String> drawn = Files.readAllLines(DRAWN.resolve("components.puml")).stream().sorted().toList();
        List<String> inDocs = Files.exists(IN_DOCS) ? Files.readAllLines(IN_DOCS).stream().sorted().toList() : List.of();
        assertThat(inDocs)
                .as("docs/modules.puml is not the modules as they are: copy " + DRAWN.resolve("components.puml") + " over it")
                .isEqualTo(drawn);
    }
}
