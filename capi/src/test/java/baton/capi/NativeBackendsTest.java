package baton.capi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class NativeBackendsTest {

    private static final int FEATURE = Runtime.version().feature();

    /** Not an assertion: makes each Surefire run say which JVM and backend it tested. */
    @Test
    void reportsTheJavaAndBackendOfThisTestRun() {
        String backend = NativeBackends.select().name();
        System.out.println("[baton] tests ran on Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.vendor") + "), backend=" + backend);
        assertTrue(backend.equals("panama") || backend.equals("jna"), backend);
    }

    @Test
    void autoChoosesPanamaFromJava22AndJnaBelow() {
        assertEquals(FEATURE >= 22 ? "panama" : "jna", NativeBackends.byName("auto").name());
    }

    @Test
    void jnaCanBeChosenOnAnyJava() {
        assertEquals("jna", NativeBackends.byName("jna").name());
    }

    @Test
    void panamaIsAvailableExactlyFromJava22() {
        if (FEATURE >= 22) {
            assertEquals("panama", NativeBackends.byName("panama").name());
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> NativeBackends.byName("panama"));
            assertTrue(e.getMessage().contains("needs Java 22 or newer"), e.getMessage());
            assertTrue(e.getMessage().contains("baton.capi.backend=jna"), e.getMessage());
        }
    }

    @Test
    void unknownBackendNameIsRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NativeBackends.byName("ctypes"));
        assertEquals("unknown native backend 'ctypes' (from baton.capi.backend or"
                + " BATON_CAPI_BACKEND): expected auto, panama or jna", e.getMessage());
    }

    @Test
    void systemPropertyForcesTheBackend() {
        String saved = System.getProperty(NativeBackends.PROPERTY);
        try {
            System.setProperty(NativeBackends.PROPERTY, " JNA ");
            assertEquals("jna", NativeBackends.requested());
            assertEquals("jna", NativeBackends.select().name());
        } finally {
            if (saved == null) {
                System.clearProperty(NativeBackends.PROPERTY);
            } else {
                System.setProperty(NativeBackends.PROPERTY, saved);
            }
        }
    }
}
