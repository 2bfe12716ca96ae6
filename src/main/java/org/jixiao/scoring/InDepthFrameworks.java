package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference framework of in-depth evaluations, built in (REFERENCE_2020, after 财预〔2020〕10号), from which each
 * evaluation takes its own copy (docs/in-depth-evaluation.md).
 */
public final class InDepthFrameworks {

    /** The name of the built-in reference framework. */
    public static final String REFERENCE = "REFERENCE_2020";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final InDepthFramework REFERENCE_FRAMEWORK = load("/scoring/in-depth/" + REFERENCE + ".json")
            .requireBalanced();

    private InDepthFrameworks() {
    }

    public static InDepthFramework reference() {
        return REFERENCE_FRAMEWORK;
    }

    /** A framework from its JSON; a refusal names {@code origin} and what is wrong. */
    public static InDepthFramework parse(String json, String origin) {
        try {
            return JSON.readValue(json, InDepthFramework.class);
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidProfileException invalid) {
                    throw new InvalidProfileException(origin + ": " + invalid.getMessage(), e);
                }
            }
            throw new InvalidProfileException(origin + ": 无法解析：" + e.getOriginalMessage(), e);
        }
    }

    private static InDepthFramework load(String resource) {
        try (InputStream in = InDepthFrameworks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in in-depth framework missing: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "内置评价指标体系");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
