/*
 * The smallest C sample: built into target/native/hello.baton.so, the file name Baton's import
 * looks for. It becomes a real extension (BtInit_hello, a BtModuleDef) once c-src/include/baton.h
 * defines the C API; until then it proves that C samples build inside the Maven build.
 */
int hello_add(int a, int b)
{
    return a + b;
}
