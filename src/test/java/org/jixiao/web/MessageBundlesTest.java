package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The interface speaks Chinese, and English through the second bundle: every text exists in both. */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyTextHasItsEnglishAndTheSameArguments() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).as("keys without English")
                .containsAll(chinese.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).as("keys without Chinese")
                .containsAll(english.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertThat(arguments(english.getProperty(key))).as(key).isEqualTo(arguments(chinese.getProperty(key)));
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
