package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.support.DatabaseAdministrator;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail check} on a database file of its own: sound, broken with the entry named, bad input. */
class TrailCommandTest {

    @RegisterExtension
    final OwnH2Database database = new OwnH2Database();

    @TempDir
    Path dir;

    @Test
    void aSoundTrailExitsZeroAndAChangedRowOneNamingIt() throws IOException {
        Path seed = Files.writeString(dir.resolve("seed.json"), SeedDocument.json());
        assertThat(CommandLineRun.of("import", seed.toString()).exitCode()).isZero();

        CommandLineRun sound = CommandLineRun.of("trail", "check");

        assertThat(sound.exitCode()).as(sound.err()).isZero();
        assertThat(sound.out()).contains("\"chain\": \"audit\"", "\"chain\": \"security\"", "\"sound\": true")
                .doesNotContain("\"sound\": false");
        assertThat(sound.err()).isEmpty();

        long id;
        try (DatabaseAdministrator dba = DatabaseAdministrator.of(database.url())) {
            id = ((Number) dba.rows("SELECT MAX(id) AS id FROM audit_event").get(0).get("id")).longValue();
            dba.withoutTriggers(() -> dba.update("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?", id),
                    "audit_event");
        }

        CommandLineRun broken = CommandLineRun.of("trail", "check", "--chain", "audit");

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("\"sound\": false", "\"kind\": \"CHANGED\"", "\"entryId\": " + id)
                .doesNotContain("\"chain\": \"security\"");
        assertThat(broken.errLines()).isEqualTo(1);
        assertThat(broken.err()).startsWith("记录链 audit：记录 " + id + " 被修改（CHANGED）");
    }

    @Test
    void anUnknownChainOrNoSubcommandIsBadInput() {
        CommandLineRun unknown = CommandLineRun.of("trail", "check", "--chain", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("没有名为 nope 的记录链（有：audit、security）" + System.lineSeparator());

        CommandLineRun bare = CommandLineRun.of("trail");
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.out()).isEmpty();
        assertThat(bare.errLines()).isEqualTo(1);
    }
}
