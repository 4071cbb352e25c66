package org.casebook.adapters.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone of this repository is all a newcomer has: no README, doc or code comment may send them to a file outside
 * it (such as the working material the project was started from). Markdown links must resolve to files inside the
 * repository, and no text file may name a path that climbs out of it.
 */
class RepositoryStandsAloneTest {

    /** Markdown links and images: {@code [text](target)}; the target up to a space, a '#' or the closing bracket. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(#[^)\\s]*)?\\)");
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared\\b|/work/shared\\b");

    private final Path root = repositoryRoot();

    @Test
    void everyMarkdownLinkInTheReadmeAndTheDocsResolvesInsideTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            Matcher link = LINK.matcher(read(file));
            while (link.find()) {
                String target = link.group(1);
                if (target.isEmpty() || target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // a link to a heading on the same page, or an absolute URL (http:, mailto:)
                }
                Path resolved = file.getParent().resolve(target).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(file) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links that leave the repository or lead nowhere").isEmpty();
    }

    @Test
    void noFileInTheRepositoryPointsAtTheSharedWorkingMaterial() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !excluded(root.relativize(file)))
                    .filter(file -> file.toString().matches(".*\\.(md|java|xml|yml|yaml|properties|sh|sql|html)$")
                            || file.getFileName().toString().matches("run|benchmark|crash-harness|outage-harness"))
                    .filter(file -> !file.getFileName().toString().equals("RepositoryStandsAloneTest.java"))
                    .forEach(file -> {
                        String[] lines = read(file).split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            if (OUTSIDE.matcher(lines[i]).find()) {
                                found.add(root.relativize(file) + ":" + (i + 1));
                            }
                        }
                    });
        }
        assertThat(found).as("references to material outside the repository").isEmpty();
    }

    @Test
    void theReadmeSaysWhereTheRulesComeFrom() {
        String readme = read(root.resolve("README.md"));

        assertThat(readme).contains("Where the rules come from", "docs/api.md", "docs/sources.md");
    }

    private List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).forEach(files::add);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return files;
    }

    private static boolean excluded(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals(".git") || name.equals("node_modules") || name.equals("data")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Surefire runs in the module's directory; the repository is the nearest parent holding the README. */
    private static Path repositoryRoot() {
        Path here = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }
}
