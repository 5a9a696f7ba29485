package baton.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sample extensions that the build makes from C and Rust are real shared libraries that
 * export what they say. (They turn into Baton extensions, imported from scripts, with the C API.)
 */
@Timeout(30)
class SampleLibrariesTest {

    private static int callIntInt(String file, String function, int a, int b) {
        NativeLibrary lib = NativeLibrary.getInstance(Repo.sample(file).toString());
        Function f = lib.getFunction(function);
        return f.invokeInt(new Object[] {a, b});
    }

    @Test
    void cSampleIsBuiltAndCallable() {
        assertEquals(42, callIntInt("hello.baton.so", "hello_add", 40, 2));
    }

    @Test
    void rustSampleIsBuiltAndCallable() {
        assertEquals(42, callIntInt("hello_rs.baton.so", "hello_rs_add", 40, 2));
        assertEquals(Integer.MIN_VALUE, callIntInt("hello_rs.baton.so", "hello_rs_add",
                Integer.MAX_VALUE, 1));
    }
}
