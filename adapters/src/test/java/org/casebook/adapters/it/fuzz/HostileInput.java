package org.casebook.adapters.it.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The hostile values the fuzzer draws from, by kind: JSON literals for body fields (as JSON text, so that they can be
 * anything, including what a serializer would refuse to write), whole bodies, path segments, query values and
 * header values. Sizes straddle {@code RequestSizeLimit.MAX_BYTES} (256 KB).
 */
public final class HostileInput {

    private HostileInput() {
    }

    static final int LIMIT = 256 * 1024;

    /** Strings as JSON string literals (escapes included), none of them valid for any field with a format. */
    static final List<String> STRINGS = List.of(
            "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800x\"", "\"\\u202e\\u202d\"",
            "\"e" + "\\u0301".repeat(500) + "\"", "\"\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\"",
            "\"\\uFEFF\\uFFFE\\uFFFF\"", "\"\\t\\r\\n\\b\\f\"", "\"' OR '1'='1\"",
            "\"'; DROP TABLE domain_event_entry; --\"", "\"1) UNION SELECT payload FROM domain_event_entry --\"",
            "\"\\\\'; INSERT INTO token_entry VALUES (1); --\"", "\"<script>alert(1)</script>\"",
            "\"${jndi:ldap://127.0.0.1/a}\"", "\"{{7*7}}#{7*7}\"", "\"%s%n%x\"", "\"../../../../etc/passwd\"",
            "\"$where: '1'\"", "\"\\\"}]}\"", "\"ＰＨＯＮＥ\"", "\"phone\"", "\"PHONE \"", "\"BOGUS_VALUE\"",
            "\"PHONE\\u0000\"", "\"2023-02-30\"", "\"99999-01-01\"", "\"+10000-01-01\"", "\"-0001-01-01\"",
            "\"2023-13-01\"", "\"2023-1-1\"", "\"20230101\"", "\"0000-00-00\"", "\"2023-02-28T00:00:00Z\"",
            "\"2023-02-28 \"", "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"");

    /** Other JSON values: wrong types, extreme numbers, structures where a scalar belongs. */
    static final List<String> NON_STRINGS = List.of(
            "null", "true", "false", "0", "-1", "1.5", "-0", "1e999", "-1e999", "123456789012345678901234567890",
            "9223372036854775808", "[]", "[null]", "[\"BOGUS\"]", "[1,2,3]", "[\"PHONE\",\"PHONE\"]", "{}",
            "{\"a\":1}", "[[[[[[[[[[]]]]]]]]]]", "[" + "\"x\",".repeat(2000) + "\"x\"]");

    /** Whole request bodies that are not the JSON object an endpoint reads. */
    static byte[] rawBody(Random random) {
        return switch (random.nextInt(18)) {
            case 0 -> bytes("");
            case 1 -> bytes("{");
            case 2 -> bytes("null");
            case 3 -> bytes("[]");
            case 4 -> bytes("\"x\"");
            case 5 -> bytes("{\"a\":}");
            case 6 -> bytes("{'a':1}");
            case 7 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
            case 8 -> new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'};
            case 9 -> bytes("\uFEFF{}");
            case 10 -> bytes("{}{}");
            case 11 -> bytes("[".repeat(5000) + "]".repeat(5000));
            case 12 -> bytes("{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001));
            case 13 -> bytes("{\"text\":\"" + "x".repeat(LIMIT + 1000 + random.nextInt(40_000)) + "\"}");
            case 14 -> bytes("{\"text\":\"" + "y".repeat(LIMIT - 1000 - random.nextInt(100_000)) + "\"}");
            case 15 -> bytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
            case 16 -> bytes("a=1&b=2");
            default -> bytes("{\"a\":1" + ",\"a\":2".repeat(10) + "}");
        };
    }

    /** A body field's value, as JSON text. */
    static String value(Random random) {
        int pick = random.nextInt(10);
        if (pick < 5) {
            return STRINGS.get(random.nextInt(STRINGS.size()));
        }
        if (pick < 8) {
            return NON_STRINGS.get(random.nextInt(NON_STRINGS.size()));
        }
        if (pick == 8) {
            return "\"" + "z".repeat(1 + random.nextInt(60_000)) + "\"";
        }
        return "\"" + tomorrow() + "\"";
    }

    /** A path segment as it goes on the request line: raw bytes, broken escapes and all. */
    static String pathSegment(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> "not-a-uuid";
            case 1 -> UUID.randomUUID().toString();
            case 2 -> "..%2F..%2Fetc%2Fpasswd";
            case 3 -> "%00";
            case 4 -> "%ZZ";
            case 5 -> "%C0%AF";
            case 6 -> "a".repeat(200 + random.nextInt(400));
            case 7 -> "b".repeat(9_000);
            case 8 -> "%F0%9F%98%80";
            case 9 -> "'%20OR%201=1--";
            case 10 -> "%3Cscript%3E";
            case 11 -> "%E2%80%AE";
            case 12 -> "x;jsessionid=1";
            case 13 -> "%2e%2e";
            case 14 -> "%5C";
            case 15 -> UUID.randomUUID().toString().toUpperCase();
            case 16 -> "{" + UUID.randomUUID() + "}";
            case 17 -> "%25";
            case 18 -> "%ED%A0%80";
            default -> encode(STRINGS.get(random.nextInt(STRINGS.size())));
        };
    }

    /** A query parameter's value as it goes on the request line. */
    static String queryValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "%ZZ";
            case 1 -> "%00";
            case 2 -> "%FF%FE";
            case 3 -> "-1";
            case 4 -> "99999999999999999999";
            case 5 -> "";
            case 6 -> "c".repeat(3000);
            default -> encode(unquote(STRINGS.get(random.nextInt(STRINGS.size()))));
        };
    }

    static String idempotencyKey(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "k".repeat(101);
            case 2 -> "k".repeat(3000);
            case 3 -> "\u00ff\u00fe garbage \u00e9";
            case 4 -> "";
            default -> "' OR 1=1 --";
        };
    }

    static String ifMatch(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "\"1\"";
            case 1 -> "*";
            case 2 -> "W/\"2\"";
            case 3 -> "garbage";
            case 4 -> "\"-1\"";
            case 5 -> "\"99999999999999999999\"";
            case 6 -> ",,,";
            default -> "\"\u00ff\"";
        };
    }

    static String contentType(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "text/plain";
            case 1 -> "application/xml";
            case 2 -> "application/json; charset=ISO-8859-1";
            case 3 -> "application/x-www-form-urlencoded";
            case 4 -> "multipart/form-data; boundary=x";
            case 5 -> "///";
            case 6 -> "application/json; charset=bogus";
            case 7 -> "application/merge-patch+json";
            default -> null;
        };
    }

    static String accept(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "text/html";
            case 1 -> "text/csv";
            case 2 -> "application/xml";
            case 3 -> "garbage/;;";
            case 4 -> "application/problem+json";
            default -> "*/*";
        };
    }

    /**
     * A header no operation reads, with a value in ISO-8859-1 (all a raw request carries): C1 controls and DEL,
     * which the firewall refuses once Spring MVC reads every header for a body (a 500 until 2026-12-05), and text it
     * allows.
     */
    static String headerValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "a\u0085b";
            case 1 -> "\u009b[31mred";
            case 2 -> "del\u007f";
            case 3 -> "tab\there";
            case 4 -> "caf\u00e9 \u00a0";
            default -> "plain";
        };
    }

    static String tomorrow() {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String unquote(String json) {
        return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
