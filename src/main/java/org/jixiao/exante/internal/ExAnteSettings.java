package org.jixiao.exante.internal;

import java.nio.file.Path;
import org.jixiao.exante.ExAnteRequest;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.scoring.ExAnteProfiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ex-ante profiles of this deployment and the one new requests are assessed by ({@code jixiao.exante.profile},
 * {@code jixiao.exante.profiles-dir}): a broken profile or an unknown name stops the start, naming the file.
 */
@Component
public class ExAnteSettings {

    private final ExAnteProfiles profiles;
    private final ExAnteProfile current;

    ExAnteSettings(@Value("${jixiao.exante.profiles-dir:}") String folder,
            @Value("${jixiao.exante.profile:" + ExAnteProfiles.DEFAULT + "}") String name) {
        this.profiles = ExAnteProfiles.load(folder == null || folder.isBlank() ? null : Path.of(folder));
        this.current = profiles.get(name);
    }

    /** The profile new requests are filed under. */
    public ExAnteProfile current() {
        return current;
    }

    /** The profile a request was filed under: it keeps it when the deployment's choice changes later. */
    public ExAnteProfile of(ExAnteRequest request) {
        return profiles.get(request.profile());
    }
}
