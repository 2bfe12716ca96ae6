package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scoring profiles a caller may choose from: the built-in ones ({@code MOF_2020}) and those of a folder
 * (one {@code .json}, {@code .yaml} or {@code .yml} file per profile). A profile of the folder may start from
 * another with {@code "basedOn": "MOF_2020"} and give only what differs; objects are merged field by field,
 * anything else (numbers, lists, null) replaces. A folder profile may not take a built-in profile's name, so
 * that MOF_2020 means the same everywhere.
 */
public final class ScoringProfiles {

    /** The profile used where none is named. */
    public static final String DEFAULT = "MOF_2020";

    private static final List<String> BUILT_IN = List.of("MOF_2020");
    private static final String BASED_ON = "basedOn";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ScoringProfiles BUILT_IN_PROFILES = new ScoringProfiles(builtInTrees());

    private final Map<String, ScoringProfile> profiles;
    private final List<String> order;

    private ScoringProfiles(Map<String, Source> trees) {
        Map<String, ScoringProfile> loaded = new LinkedHashMap<>();
        for (String name : trees.keySet()) {
            loaded.put(name, bind(name, trees));
        }
        this.profiles = Map.copyOf(loaded);
        this.order = List.copyOf(loaded.keySet());
    }


    /** The built-in profiles only. */
    public static ScoringProfiles builtIn() {
        return BUILT_IN_PROFILES;
    }

    /**
     * The built-in profiles and those of the folder; a null folder gives the built-in ones.
     *
     * @throws InvalidProfileException if the folder or one of its files cannot be used (the message names it)
     */
    public static ScoringProfiles load(Path folder) {
        if (folder == null) {
            return BUILT_IN_PROFILES;
        }
        Map<String, Source> trees = new LinkedHashMap<>(builtInTrees());
        for (Path file : ProfileFiles.in(folder, "评分规则")) {
            JsonNode tree = read(file);
            JsonNode name = tree.get("name");
            if (name == null || !name.isString()) {
                throw new InvalidProfileException(file + ": 缺少 name（评分规则名称）");
            }
            String profileName = name.asString();
            if (BUILT_IN.contains(profileName)) {
                throw new InvalidProfileException(file + ": " + profileName + " 是内置评分规则的名称，请另取名称（可用 \""
                        + BASED_ON + "\": \"" + profileName + "\" 在其基础上修改）");
            }
            Source earlier = trees.get(profileName);
            if (earlier != null) {
                throw new InvalidProfileException(file + ": 评分规则 " + profileName + " 已在 " + earlier.origin() + " 中定义");
            }
            trees.put(profileName, new Source(file.toString(), (ObjectNode) tree));
        }
        return new ScoringProfiles(trees);
    }

    /** The profile of that name; null gives the default one. */
    public ScoringProfile get(String name) {
        ScoringProfile profile = profiles.get(name == null ? DEFAULT : name);
        if (profile == null) {
            throw new UnknownProfileException(name, names());
        }
        return profile;
    }

    public ScoringProfile defaultProfile() {
        return get(DEFAULT);
    }

    /** The names, built-in ones first, then the folder's in the order of their file names. */
    public List<String> names() {
        return order;
    }

    private static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = ProfileFiles.readerOf(file, JSON).readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new InvalidProfileException(file + ": 评分规则应为一个对象");
            }
            return tree;
        } catch (JacksonException e) {
            throw new InvalidProfileException(file + ": 无法解析：" + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidProfileException(file + ": 无法读取：" + e.getMessage(), e);
        }
    }

    private static ScoringProfile bind(String name, Map<String, Source> trees) {
        Source source = trees.get(name);
        ObjectNode merged = resolve(name, trees, new HashSet<>());
        try {
            return JSON.treeToValue(merged, ScoringProfile.class);
        } catch (InvalidProfileException e) {
            throw new InvalidProfileException(source.origin() + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            if (e.getCause() instanceof InvalidProfileException invalid) {
                throw new InvalidProfileException(source.origin() + ": " + invalid.getMessage(), e);
            }
            throw new InvalidProfileException(source.origin() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The profile's tree with what it is based on filled in. */
    private static ObjectNode resolve(String name, Map<String, Source> trees, Set<String> visiting) {
        Source source = trees.get(name);
        if (!visiting.add(name)) {
            throw new InvalidProfileException(source.origin() + ": basedOn 循环引用（" + String.join(" → ", visiting) + "）");
        }
        ObjectNode own = source.tree().deepCopy();
        JsonNode basedOn = own.remove(BASED_ON);
        if (basedOn == null || basedOn.isNull()) {
            return own;
        }
        String baseName = basedOn.asString();
        if (!trees.containsKey(baseName)) {
            throw new InvalidProfileException(source.origin() + ": basedOn 指向不存在的评分规则 " + baseName
                    + "，可用的有：" + String.join("、", new ArrayList<>(trees.keySet())));
        }
        ObjectNode base = resolve(baseName, trees, visiting);
        merge(base, own);
        return base;
    }

    private static void merge(ObjectNode target, ObjectNode changes) {
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            JsonNode existing = target.get(change.getKey());
            if (existing instanceof ObjectNode object && change.getValue() instanceof ObjectNode nested) {
                merge(object, nested);
            } else {
                target.set(change.getKey(), change.getValue());
            }
        }
    }

    private static Map<String, Source> builtInTrees() {
        Map<String, Source> trees = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            String resource = "/scoring/profiles/" + name + ".json";
            try (InputStream in = ScoringProfiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in profile missing: " + resource);
                }
                trees.put(name, new Source("内置评分规则 " + name, (ObjectNode) JSON.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trees;
    }

    /** A profile's tree as written, and where it came from (for messages). */
    private record Source(String origin, ObjectNode tree) {
    }
}
