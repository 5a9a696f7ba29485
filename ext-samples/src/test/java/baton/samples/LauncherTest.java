package baton.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/baton} as a user runs it: from another directory, through a symlink, with and
 * without {@code JAVA_HOME}. Runs after native-ext is packaged (the launcher's class path).
 */
@Timeout(120)
class LauncherTest {

    private static final int FEATURE = Runtime.version().feature();

    @TempDir
    Path elsewhere;

    private record Result(int status, String out, String err) {}

    private Result baton(Path launcher, String javaHome, String... args)
            throws IOException, InterruptedException {
        return baton(launcher, javaHome, Map.of(), args);
    }

    private Result baton(Path launcher, String javaHome, Map<String, String> extraEnv,
            String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile());
        Map<String, String> env = pb.environment();
        env.remove("BATON_CAPI_BACKEND");
        env.remove("BATON_JAVA_OPTS");
        if (javaHome == null) {
            env.remove("JAVA_HOME");
        } else {
            env.put("JAVA_HOME", javaHome);
        }
        env.putAll(extraEnv);
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/baton did not finish in 90 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path launcher() {
        return Repo.root().resolve("bin/baton");
    }

    @Test
    void versionReportsTheJavaHomeJavaAndItsBackend() throws Exception {
        Result r = baton(launcher(), System.getProperty("java.home"), "--version");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].matches("Baton \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines[0]);
        assertEquals("Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.vendor") + ")", lines[1]);
        assertEquals("backend: " + (FEATURE >= 22 ? "panama" : "jna"), lines[2]);
    }

    /** Without JAVA_HOME the launcher prefers a JDK >= 22 under /usr/lib/jvm: Panama. */
    @Test
    void withoutJavaHomeAJdk22UnderUsrLibJvmMeansPanama() throws Exception {
        Result r = baton(launcher(), null, "--version");
        assertEquals(0, r.status(), r.err());
        String expected = newestUsrLibJvmFeature() >= 22 ? "panama" : "(panama|jna)";
        assertTrue(r.out().matches("(?s).*\nbackend: " + expected + "\n"), r.out());
    }

    @Test
    void worksThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("baton"), launcher());
        try {
            Result r = baton(link, System.getProperty("java.home"), "--version");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().startsWith("Baton "), r.out());
        } finally {
            Files.delete(link); // JUnit warns about links that lead out of its temp dir
        }
    }

    @Test
    void anyOtherArgumentPrintsUsageAndExits2() throws Exception {
        Result r = baton(launcher(), System.getProperty("java.home"), "script.py");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("usage: baton"), r.err());
    }

    @Test
    void forcingPanamaBelowJava22IsAClearError() throws Exception {
        assumeTrue(FEATURE < 22, "the point is the message on Java 17-21");
        Result r = baton(launcher(), System.getProperty("java.home"),
                Map.of("BATON_CAPI_BACKEND", "panama"), "--version");
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().endsWith("backend: none\n"), r.out());
        assertTrue(r.err().contains("the panama native backend needs Java 22 or newer"), r.err());
    }

    private static int newestUsrLibJvmFeature() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return 0;
        }
        Pattern version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
        int newest = 0;
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : (Iterable<Path>) homes::iterator) {
                Path release = home.resolve("release");
                if (Files.isExecutable(home.resolve("bin/java")) && Files.isReadable(release)) {
                    Matcher m = version.matcher(Files.readString(release));
                    if (m.find()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return newest;
    }
}
