package org.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What a user must never read in a message: the words of the libraries behind it (POI, XmlBeans, PDFBox, the JDK),
 * their class names, stack traces, or an English sentence of theirs.
 */
public final class LibraryWords {

    /** Three English words in a row: a library's sentence ("Page tree root must be a dictionary"). */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}");

    private LibraryWords() {
    }

    /** The message says what is wrong in Chinese and holds nothing of a library. */
    public static void assertNoneIn(String message) {
        assertThat(message).as("a message for users").isNotBlank()
                .containsPattern("\\p{IsHan}")
                .doesNotContainIgnoringCase("org.apache").doesNotContainIgnoringCase("xmlbeans")
                .doesNotContain("Exception", "java.", "\tat ", "Caused by", "POI", "PDFBox", "Zip bomb", "OOXML")
                .doesNotContainPattern(ENGLISH);
    }
}
