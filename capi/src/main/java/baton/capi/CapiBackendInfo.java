package baton.capi;

import baton.vm.spi.BackendInfo;

/**
 * Tells the runtime (which knows nothing of native code) which native backend this JVM uses;
 * registered in {@code META-INF/services/baton.vm.spi.BackendInfo}.
 */
public final class CapiBackendInfo implements BackendInfo {

    @Override
    public String backendName() {
        return NativeBackends.select().name();
    }
}
