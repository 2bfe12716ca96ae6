package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ex-ante profiles a deployment may choose from: the built-in {@code EX_ANTE_2024} and those of a folder, one
 * {@code .json}, {@code .yaml} or {@code .yml} file each, as scoring profiles are added (docs/ex-ante.md). A folder's
 * profile may not take a built-in name, and a broken one is refused naming its file and what is wrong.
 */
public final class ExAnteProfiles {

    /** The profile used where none is named. */
    public static final String DEFAULT = "EX_ANTE_2024";

    private static final List<String> BUILT_IN = List.of(DEFAULT);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ExAnteProfiles BUILT_IN_PROFILES = new ExAnteProfiles(builtIn(new LinkedHashMap<>()));

    private final Map<String, ExAnteProfile> profiles;

    private ExAnteProfiles(Map<String, ExAnteProfile> profiles) {
        this.profiles = profiles;
    }

    public static ExAnteProfiles builtIn() {
        return BUILT_IN_PROFILES;
    }

    /**
     * The built-in profiles and those of the folder; a null folder gives the built-in ones.
     *
     * @throws InvalidProfileException naming the folder or file, and what is wrong in it
     */
    public static ExAnteProfiles load(Path folder) {
        if (folder == null) {
            return BUILT_IN_PROFILES;
        }
        Map<String, ExAnteProfile> loaded = builtIn(new LinkedHashMap<>());
        Map<String, Path> origins = new LinkedHashMap<>();
        for (Path file : ProfileFiles.in(folder, "事前评估评分规则")) {
            ExAnteProfile profile = read(file);
            if (BUILT_IN.contains(profile.name())) {
                throw new InvalidProfileException(file + ": " + profile.name() + " 是内置事前评估评分规则的名称，请另取名称");
            }
            if (origins.containsKey(profile.name())) {
                throw new InvalidProfileException(file + ": 事前评估评分规则 " + profile.name() + " 已在 "
                        + origins.get(profile.name()) + " 中定义");
            }
            origins.put(profile.name(), file);
            loaded.put(profile.name(), profile);
        }
        return new ExAnteProfiles(Map.copyOf(loaded));
    }

    /** The profile of that name; null gives the default. */
    public ExAnteProfile get(String name) {
        ExAnteProfile profile = profiles.get(name == null || name.isBlank() ? DEFAULT : name);
        if (profile == null) {
            throw new UnknownProfileException(name, names());
        }
        return profile;
    }

    public List<String> names() {
        return profiles.keySet().stream().sorted().toList();
    }

    /** A profile from its JSON, for tests and tools; the message of a refusal names {@code origin}. */
    public static ExAnteProfile parse(String json, String origin) {
        try {
            return JSON.readValue(json, ExAnteProfile.class);
        } catch (JacksonException e) {
            throw refusal(origin, e);
        }
    }

    private static ExAnteProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ProfileFiles.readerOf(file, JSON).readValue(in, ExAnteProfile.class);
        } catch (JacksonException e) {
            throw refusal(file.toString(), e);
        } catch (IOException e) {
            throw new InvalidProfileException(file + ": 无法读取：" + e.getMessage(), e);
        }
    }

    /** The profile's own check where it refused, else the parser's words, after the file's name. */
    private static InvalidProfileException refusal(String origin, JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidProfileException invalid) {
                return new InvalidProfileException(origin + ": " + invalid.getMessage(), e);
            }
        }
        return new InvalidProfileException(origin + ": 无法解析：" + e.getOriginalMessage(), e);
    }

    private static Map<String, ExAnteProfile> builtIn(Map<String, ExAnteProfile> into) {
        for (String name : BUILT_IN) {
            String resource = "/scoring/ex-ante/" + name + ".json";
            try (InputStream in = ExAnteProfiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in ex-ante profile missing: " + resource);
                }
                into.put(name, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "内置事前评估评分规则 " + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return into;
    }
}
