package baton.vm.spi;

/**
 * Found with {@link java.util.ServiceLoader} when the native modules are on the class path: which
 * native backend ({@code "panama"} or {@code "jna"}) this JVM uses. The runtime alone has none.
 */
public interface BackendInfo {

    /**
     * The backend's name.
     *
     * @throws RuntimeException with a message for the user if no backend can run (for example
     *     Panama forced on Java 17)
     */
    String backendName();
}
