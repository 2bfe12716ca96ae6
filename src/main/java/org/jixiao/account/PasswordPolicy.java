package org.jixiao.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be (等保 身份鉴别: complexity, periodic change), set by configuration: a shortest length,
 * how many of the four kinds of character (lower case, upper case, digits, others) it mixes, never the user name
 * or a well-known password root, not one of the last few, and changed after a while (zero: never).
 *
 * @param minLength      fewest characters
 * @param characterKinds how many of lower case, upper case, digits and others at least
 * @param history        how many earlier passwords may not be used again
 * @param maxAge         after how long a password must be changed; zero for never
 */
public record PasswordPolicy(int minLength, int characterKinds, int history, Duration maxAge) {

    public static final PasswordPolicy DEFAULT = new PasswordPolicy(10, 3, 5, Duration.ofDays(90));

    /** Roots that make a password guessable whatever surrounds them. */
    private static final List<String> WELL_KNOWN = List.of("password", "passw0rd", "p@ssword", "qwerty", "123456",
            "abc123", "admin", "jixiao", "111111", "iloveyou", "welcome", "letmein");

    /** Why the password may not be used (Chinese, for the person choosing it), or null where it may. */
    public String problem(String username, String password) {
        if (password == null || password.length() < minLength) {
            return "密码至少 " + minLength + " 个字符";
        }
        if (kinds(password) < characterKinds) {
            return "密码应含有小写字母、大写字母、数字、符号中的至少 " + characterKinds + " 种";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "密码不能含有用户名";
        }
        for (String root : WELL_KNOWN) {
            if (lower.contains(root)) {
                return "密码不能含有常见的弱密码（如 " + root + "）";
            }
        }
        return null;
    }

    /** Whether a password set at {@code changedAt} is too old at {@code now}. */
    public boolean expired(Instant changedAt, Instant now) {
        return !maxAge.isZero() && changedAt != null && changedAt.plus(maxAge).isBefore(now);
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
