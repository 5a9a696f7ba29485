/*
 * btcallback: the smallest proof that Baton's native path works in both backends.
 *
 * One downcall that makes one upcall, either on the calling thread or on a native thread this
 * library starts. The second case is the one that matters for the C API: a thread the JVM has
 * never seen calls into Java (as BtGILState_Ensure will), and the backend must attach it —
 * Panama does so by itself, JNA needs a CallbackThreadInitializer.
 *
 * Exercised by capi's CallbackProbe tests through Panama (JDK 22+) and JNA (Java 17+).
 */
#include <pthread.h>

typedef int (*bt_int_callback)(int);

/* Calls cb(x) on the calling thread and returns its result. */
int bt_call_back(bt_int_callback cb, int x)
{
    return cb(x);
}

struct bt_call {
    bt_int_callback cb;
    int x;
    int result;
};

static void *bt_call_thread_main(void *arg)
{
    struct bt_call *call = arg;
    call->result = call->cb(call->x);
    return NULL;
}

/*
 * Starts a native thread that calls cb(x), joins it and stores cb's result in *result.
 * Returns 0 on success, or the pthread error number if the thread could not be started or joined
 * (then *result is left unchanged).
 */
int bt_call_back_from_thread(bt_int_callback cb, int x, int *result)
{
    struct bt_call call = { cb, x, 0 };
    pthread_t thread;
    int err = pthread_create(&thread, NULL, bt_call_thread_main, &call);
    if (err != 0)
        return err;
    err = pthread_join(thread, NULL);
    if (err != 0)
        return err;
    *result = call.result;
    return 0;
}
