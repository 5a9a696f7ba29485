package baton.cli;

import baton.vm.spi.BackendInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@code baton} command. For now it only reports versions: running scripts arrives with the
 * language.
 */
public final class Main {

    private static final String USAGE = "usage: baton --version\n"
            + "(running scripts arrives with the language work)";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with {@code args}; returns the exit status (2 for a usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return printVersion(out, err);
        }
        err.println(USAGE);
        return 2;
    }

    private static int printVersion(PrintStream out, PrintStream err) {
        out.println("Baton " + batonVersion());
        out.println("Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.vendor") + ")");
        try {
            out.println("backend: " + backendName());
            return 0;
        } catch (RuntimeException | ServiceConfigurationError e) {
            out.println("backend: none");
            err.println("baton: " + e.getMessage());
            return 1;
        }
    }

    /** Baton's version, from the resource Maven fills in at build time. */
    static String batonVersion() {
        Properties props = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/baton/version.properties")) {
            if (in == null) {
                return "(unknown version)";
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props.getProperty("version", "(unknown version)");
    }

    /** The native backend in use, or a note that native extensions are not on the class path. */
    static String backendName() {
        Iterator<BackendInfo> it = ServiceLoader.load(BackendInfo.class).iterator();
        return it.hasNext()
                ? it.next().backendName()
                : "none (native extension support is not on the class path)";
    }
}
