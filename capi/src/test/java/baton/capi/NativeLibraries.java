package baton.capi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the native libraries that {@code c-src} builds. */
final class NativeLibraries {

    private NativeLibraries() {}

    /** {@code c-src/target/native/lib<name>.so}, from the {@code baton.native.dir} system property. */
    static Path library(String name) {
        String dir = System.getProperty("baton.native.dir");
        assertTrue(dir != null, "system property baton.native.dir is not set (Surefire sets it)");
        Path lib = Path.of(dir, System.mapLibraryName(name)).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(lib), lib + " does not exist: build c-src first");
        return lib;
    }
}
