package org.jixiao.evaluation.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application scores: {@code jixiao.scoring.profiles-dir} (env {@code JIXIAO_PROFILES_DIR}) a folder of
 * the deployment's own scoring profiles, and {@code jixiao.scoring.profile} (env {@code JIXIAO_PROFILE}) the one
 * to use, MOF_2020 unless set.
 */
@ConfigurationProperties("jixiao.scoring")
public record ScoringSettings(String profilesDir, String profile) {

    /** The folder, or null where none is set (an empty setting means none). */
    public Path profilesFolder() {
        return profilesDir == null || profilesDir.isBlank() ? null : Path.of(profilesDir);
    }
}
