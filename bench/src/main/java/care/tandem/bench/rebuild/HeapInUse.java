package care.tandem.bench.rebuild;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use by this JVM after a full collection: what live objects, such as an in-memory store, hold. */
final class HeapInUse {

    private HeapInUse() {
    }

    static long afterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Twice: the first collection may leave objects that finalisation or reference processing frees next.
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
