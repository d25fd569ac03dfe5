package care.tandem.events.privacy;

import com.fasterxml.jackson.core.JsonStreamContext;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/** The person a record's personal text is about, read from the record components {@link PersonalData} names. */
final class Subjects {

    /** Each record type's component accessors by name, looked up once: this runs for every sealed text written. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private Subjects() {
    }

    /**
     * The first of the paths that is set, as its id; null if none is. A path is read on the record being written
     * ({@code context}'s), or, for each leading {@code ../}, on the record that encloses it (the event a nested
     * record is part of).
     */
    static String of(JsonStreamContext context, String[] paths) {
        for (String path : paths) {
            JsonStreamContext owner = context;
            String rest = path;
            while (rest.startsWith("../") && owner != null) {
                owner = enclosingRecord(owner);
                rest = rest.substring("../".length());
            }
            Object value = owner == null ? null : owner.getCurrentValue();
            for (String component : rest.split("\\.")) {
                value = value == null ? null : component(value, component);
            }
            if (value != null) {
                return idOf(value);
            }
        }
        return null;
    }

    private static JsonStreamContext enclosingRecord(JsonStreamContext context) {
        for (JsonStreamContext up = context.getParent(); up != null; up = up.getParent()) {
            Object value = up.getCurrentValue();
            if (value != null && value.getClass().isRecord() && value != context.getCurrentValue()) {
                return up;
            }
        }
        return null;
    }

    /** A typed id (a record of one {@code value}) as its value; anything else as its text. */
    private static String idOf(Object value) {
        Map<String, Method> components = ACCESSORS.get(value.getClass());
        Object inner = components.size() == 1 && components.containsKey("value") ? component(value, "value") : value;
        return String.valueOf(inner);
    }

    private static Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            throw new IllegalStateException(record.getClass().getSimpleName() + " is no record: @PersonalData "
                    + "names its person by record components");
        }
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalStateException(record.getClass().getSimpleName() + " has no component " + name);
        }
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the component " + name + " could not be read", e);
        }
    }
}
