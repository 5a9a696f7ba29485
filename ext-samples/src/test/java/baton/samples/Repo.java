package baton.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the checkout the tests run in (Surefire sets {@code baton.repo.dir}). */
final class Repo {

    private Repo() {}

    static Path root() {
        String dir = System.getProperty("baton.repo.dir");
        assertTrue(dir != null, "system property baton.repo.dir is not set (Surefire sets it)");
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** A sample extension built by ext-samples/Makefile into target/native. */
    static Path sample(String fileName) {
        Path p = root().resolve("ext-samples/target/native").resolve(fileName);
        assertTrue(Files.isRegularFile(p), p + " does not exist: the ext-samples build makes it");
        return p;
    }
}
